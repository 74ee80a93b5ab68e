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
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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
    private final FormFeature<?> feature;
    private final Supplier<PrimingSubmission> primingSubmission;
    private final Priming priming;

    /**
     * @param primingSubmission what {@link #prime} sends; built when priming, so that data it cannot be built from
     *     only skips priming instead of failing the function's start
     */
    protected FormSubmissionHandler(
            FormFeature<?> feature,
            Intake<?, T> intake,
            BiFunction<T, ResponseFormat, HttpResponse> answer,
            Supplier<PrimingSubmission> primingSubmission) {
        this.endpoint = feature.endpoint();
        this.clientAddress = feature.clientAddress();
        this.intake = intake;
        this.answer = answer;
        this.feature = feature;
        this.primingSubmission = primingSubmission;
        this.priming = Priming.register(this::prime);
    }

    /**
     * Runs before a SnapStart snapshot ({@link Priming}): the priming submission in both formats through this very
     * handler, refused for want of consent, then the feature's infrastructure (a keyed hash, a read). Writes nothing.
     */
    public final void prime() {
        PrimingSubmission submission = primingSubmission.get();
        handleRequest(PrimingEvents.post("application/json", submission.jsonBody()), null);
        handleRequest(PrimingEvents.post("application/x-www-form-urlencoded", submission.formBody()), null);
        feature.primeInfrastructure();
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
