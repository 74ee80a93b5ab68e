package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.access.AccessDeniedException;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.NotSignedInException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.Refusal;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where a back-office failure becomes a page: the status ({@link Refusal} for the failures every
 * request may meet, and those of the back-office: 401 without a member, 403 for a role or a forged form, 404, 409),
 * the sentence that says it, and the way on (the dashboard, or signing in). Never an internal detail.
 */
public final class ScreenFailures {
    private final Screens screens;

    public ScreenFailures(Screens screens) {
        this.screens = screens;
    }

    public HttpResponse of(RuntimeException failure, ScreenFrame frame) {
        return page(refusal(failure), frame, "screen-refused.ftlh", Map.of());
    }

    /**
     * A refusal as a page of another template (a page outside the team's space, with its own way on), in the same
     * frame, with the same title by status and the same headers.
     *
     * @param extra what the template needs besides {@code heading}, {@code message} and {@code status}
     */
    public HttpResponse page(Refusal refusal, ScreenFrame frame, String template, Map<String, Object> extra) {
        String title = screens.wording().get(titleKey(refusal.status()));
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("heading", title);
        model.put(
                "message",
                screens.wording()
                        .format(
                                refusal.message().key(),
                                refusal.message().arguments().toArray()));
        model.put("status", refusal.status());
        HttpResponse page = screens.page(refusal.status(), frame.withoutFlash(), title, template, model);
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            page = page.withHeader(header.getKey(), header.getValue());
        }
        return page;
    }

    static Refusal refusal(RuntimeException failure) {
        if (failure instanceof NotSignedInException) {
            return new Refusal(401, Message.of("backoffice.refused.notSignedIn"), Map.of());
        }
        if (failure instanceof AccessDeniedException) {
            return new Refusal(403, Message.of("backoffice.refused.role"), Map.of());
        }
        if (failure instanceof ForgedRequestException) {
            return new Refusal(403, Message.of("backoffice.refused.forged"), Map.of());
        }
        if (failure instanceof NoSuchRecordException) {
            return new Refusal(404, Message.of("backoffice.refused.notFound"), Map.of());
        }
        if (failure instanceof VersionConflictException) {
            return new Refusal(409, Message.of("backoffice.refused.conflict"), Map.of());
        }
        return Refusal.of(failure);
    }

    private String titleKey(int status) {
        String key = "backoffice.refused.title." + status;
        return screens.wording().containsKey(key) ? key : "backoffice.refused.title";
    }
}
