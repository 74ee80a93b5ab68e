package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;

/**
 * What the registrations' public pages and answers share (the places left, a registration's page, its cancellation
 * link): the request must come through CloudFront, and any failure becomes the refusal of {@link ErrorAnswers} in one
 * format. Each handler says only how it answers.
 */
abstract class PublicRequestHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OriginGate gate;
    private final ErrorAnswers errors;
    private final ResponseFormat format;

    PublicRequestHandler(OriginGate gate, RegistrationPages pages, ResponseFormat format) {
        this.gate = gate;
        this.errors = pages.errorAnswers("");
        this.format = format;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            return answer(event, request).toEvent();
        } catch (RuntimeException failure) {
            return refused(failure).toEvent();
        }
    }

    /** The answer to a request that came through CloudFront; any exception is answered as a refusal. */
    abstract HttpResponse answer(APIGatewayV2HTTPEvent event, HttpRequest request);

    HttpResponse refused(RuntimeException failure) {
        return errors.of(failure, format);
    }
}
