package fr.conciergeriesolidaire.local.streams;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A stream function for the runner's tests: keeps each record it is handed, fails none. */
public final class RecordingStreamHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    static final BlockingQueue<DynamodbEvent.DynamodbStreamRecord> RECORDS = new LinkedBlockingQueue<>();

    /** The runner builds handlers as Lambda does, with their public no-argument constructor. */
    public RecordingStreamHandler() {}

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        RECORDS.addAll(event.getRecords());
        return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
    }
}
