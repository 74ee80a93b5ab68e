package fr.conciergeriesolidaire.functions.submission;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import java.util.function.BiFunction;

/**
 * {@code POST} of a form: JSON (201) or plain form post (303 to the confirmation page). Only translates: the edge
 * reads the body, the intake takes the submission in, the feature writes its success answer.
 *
 * @param <T> what the intake's store answers (the stored record and whether this call created it)
 */
public abstract class FormSubmissionHandler<T>
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubmissionEndpoint endpoint;
    private final ClientAddress clientAddress;
    private final Intake<?, T> intake;
    private final BiFunction<T, ResponseFormat, HttpResponse> answer;

    protected FormSubmissionHandler(
            FormFeature<?> feature, Intake<?, T> intake, BiFunction<T, ResponseFormat, HttpResponse> answer) {
        this.endpoint = feature.endpoint();
        this.clientAddress = feature.clientAddress();
        this.intake = intake;
        this.answer = answer;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        return endpoint.handle(
                        request,
                        (fields, format) -> answer.apply(intake.take(fields, clientAddress.of(request)), format))
                .toEvent();
    }
}
