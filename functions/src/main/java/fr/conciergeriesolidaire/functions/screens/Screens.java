package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Back-office pages: a template of {@code templates/pages/} rendered into the site's layout (the response shell,
 * whose head already says {@code noindex}), given the {@code frame} its {@code <@s.frame>} macro draws (navigation
 * by role, sign-out form with the session's CSRF token, flash message). Every page is answered {@code no-store} and
 * {@code X-Robots-Tag: noindex}; no script runs on it.
 */
public final class Screens {
    private final Templates templates;

    public Screens(Templates templates) {
        this.templates = templates;
    }

    /** With the templates and wording packaged at build time. */
    public static Screens packaged() {
        return new Screens(Templates.packaged());
    }

    public Wording wording() {
        return templates.wording();
    }

    /**
     * @param title plain text, the page's {@code <title>} (its {@code <h1>} is the template's)
     * @param template under {@code templates/pages/}, e.g. {@code member-list.ftlh}
     */
    public HttpResponse page(int status, ScreenFrame frame, String title, String template, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("frame", frame(frame));
        return ScreenAnswers.noindex(HttpResponse.html(status, templates.page(title, template, full)));
    }

    /** A form's values and errors as the templates' field macros read them; labels from {@code <prefix>.<field>}. */
    public Map<String, Object> form(ScreenForm form, String labelPrefix) {
        return form.model(wording(), new FieldLabels(wording(), labelPrefix));
    }

    private Map<String, Object> frame(ScreenFrame frame) {
        Wording wording = wording();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "flash",
                frame.flashKey().filter(wording::containsKey).map(wording::get).orElse(""));
        model.put("signedIn", frame.member().isPresent());
        model.put("signInPath", Navigation.SIGN_IN);
        model.put("signOutPath", Navigation.SIGN_OUT);
        model.put("dashboardPath", Navigation.DASHBOARD);
        model.put("csrfField", FormGuard.FIELD);
        if (frame.member().isPresent()) {
            SignedInMember member = frame.member().get();
            model.put("memberName", member.name());
            model.put("roleLabel", wording.get(member.role().wordingKey()));
            model.put("csrf", member.csrfToken());
            model.put("navigation", navigation(member, frame.path()));
        }
        return model;
    }

    private List<Map<String, Object>> navigation(SignedInMember member, String currentPath) {
        Wording wording = wording();
        return Navigation.of(member.role()).stream()
                .map(entry -> Map.<String, Object>of(
                        "path", entry.path(),
                        "label", wording.get(entry.labelKey()),
                        "description", wording.get(entry.descriptionKey()),
                        "current", currentPath.equals(entry.path())))
                .toList();
    }
}
