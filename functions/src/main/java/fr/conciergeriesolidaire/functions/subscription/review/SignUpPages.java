package fr.conciergeriesolidaire.functions.subscription.review;

import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.COUNTER;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.EMPLOYEES;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.NOTE;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.REASON;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.START_DATE;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.STATUS;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.subscription.QuoteSentence;
import fr.conciergeriesolidaire.functions.subscription.SignUpDetails;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.SignUpTerms;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-up screens (templates {@code pages/signup-list.ftlh} and {@code signup-show.ftlh}): the list by status with
 * its filter, and a sign-up's page with its details, its forms (next step, terms, note), its notes and its trail;
 * shown again with a form's errors (400) or, after a conflict, as it is now (409).
 */
final class SignUpPages {
    static final String FILTER = "etape";
    private static final List<String> FORM_FIELDS = List.of(STATUS, REASON, NOTE, START_DATE, EMPLOYEES, COUNTER);

    private final Screens screens;
    private final CompanySites sites;
    private final SignUpTrail trail;
    private final Moments moments;

    SignUpPages(Screens screens, CompanySites sites, Moments moments) {
        this.screens = screens;
        this.sites = sites;
        this.moments = moments;
        this.trail = new SignUpTrail(screens.wording(), sites, moments);
    }

    static String path(String reference) {
        return Navigation.SIGN_UPS + "/" + reference;
    }

    HttpResponse list(ScreenFrame frame, Optional<SignUpStatus> only, List<SignUpReview.Group> groups) {
        Wording wording = screens.wording();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (SignUpReview.Group group : groups) {
            List<Map<String, Object>> signUps = group.signUps().stream()
                    .map(signUp -> Map.<String, Object>of(
                            "path",
                            path(signUp.reference()),
                            "company",
                            signUp.request().companyName(),
                            "summary",
                            wording.format(
                                    "signup.review.list.summary",
                                    signUp.reference(),
                                    moments.of(signUp.createdAt()),
                                    signUp.request().site().city(),
                                    FrenchFormat.count(signUp.request().employees()))))
                    .toList();
            shown.add(Map.of(
                    "label", label(group.status()),
                    "count", signUps.size(),
                    "signUps", signUps));
        }
        List<Map<String, Object>> filters = new ArrayList<>();
        filters.add(filter("", wording.get("signup.review.filter.open"), only.isEmpty()));
        for (SignUpStatus status : SignUpStatus.values()) {
            filters.add(filter(
                    status.name(), label(status), only.map(status::equals).orElse(false)));
        }
        return screens.page(
                200,
                frame,
                wording.get("signup.review.list.title"),
                "signup-list.ftlh",
                Map.of("groups", shown, "filters", filters, "filterName", FILTER, "action", Navigation.SIGN_UPS));
    }

    /**
     * @param refusal why the member's change was not made (it lost to someone else's, or the sign-up's step does not
     *     allow it), as a wording key: the page then shows the sign-up as it is now
     */
    HttpResponse signUp(
            ScreenFrame frame, StoredSubscription signUp, ScreenForm form, int status, Optional<String> refusal) {
        Wording wording = screens.wording();
        String path = path(signUp.reference());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, "signup.review"));
        model.put("refusal", refusal.map(wording::get).orElse(""));
        model.put("reference", signUp.reference());
        model.put("companyName", signUp.request().companyName());
        model.put("version", signUp.version());
        model.put("statusLabel", label(signUp.status()));
        model.put("received", moments.of(signUp.createdAt()));
        model.put("company", SignUpDetails.company(signUp, wording));
        model.put("contact", SignUpDetails.contact(signUp.request(), wording));
        model.put("quote", QuoteSentence.of(signUp.request().quote(), wording));
        model.put("site", sites.nameOf(signUp.counterId()).orElse(wording.get("signup.review.site.none")));
        model.put("steps", steps(signUp));
        model.put("changeable", signUp.status().holdsTheSite());
        model.put("sites", siteChoices(signUp));
        model.put("notes", trail.notes(signUp));
        model.put("trail", trail.rows(signUp));
        model.put("moveAction", path + "/etape");
        model.put("noteAction", path + "/notes");
        model.put("termsAction", path + "/conditions");
        model.put("listPath", Navigation.SIGN_UPS);
        model.put("reasonMax", SignUpForms.REASON_MAX_LENGTH);
        model.put("noteMax", SignUpForms.NOTE_MAX_LENGTH);
        return screens.page(
                status,
                frame,
                wording.format("signup.review.title", signUp.request().companyName()),
                "signup-show.ftlh",
                model);
    }

    /** The forms as stored: the terms agreed, nothing else chosen or typed. */
    static ScreenForm formOf(StoredSubscription signUp) {
        return ScreenForm.of(termsValues(SignUpTerms.of(signUp)));
    }

    /**
     * The forms as sent, over the stored terms: what was typed stays, whichever form it was; but a date or number
     * field shows only a date or a number (a browser sends nothing else; what else a forged form sends is left out,
     * as an {@code input type=date} may hold no other value).
     */
    static ScreenForm formAsSent(StoredSubscription signUp, SubmittedFields fields) {
        Map<String, String> values = termsValues(SignUpTerms.of(signUp));
        FieldErrors ignored = new FieldErrors();
        for (String field : FORM_FIELDS) {
            fields.text(field, ignored).ifPresent(value -> values.put(field, value));
        }
        if (!isDate(values.get(START_DATE))) {
            values.put(START_DATE, "");
        }
        if (!values.get(EMPLOYEES).matches("-?[0-9]{1,12}")) {
            values.put(EMPLOYEES, "");
        }
        return ScreenForm.of(values);
    }

    private static boolean isDate(String value) {
        try {
            return value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && LocalDate.parse(value) != null;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static Map<String, String> termsValues(SignUpTerms terms) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(START_DATE, terms.startDate().toString());
        values.put(EMPLOYEES, Integer.toString(terms.employees()));
        values.put(COUNTER, terms.counterId().orElse(""));
        return values;
    }

    /** The steps the sign-up may move to, each with what it means. */
    private List<Map<String, String>> steps(StoredSubscription signUp) {
        Wording wording = screens.wording();
        return signUp.status().next().stream()
                .sorted()
                .map(next -> Map.of(
                        "value", next.name(),
                        "label", label(next),
                        "hint", wording.get("signup.review.step." + next.name())))
                .toList();
    }

    /** The company sites to choose from; "none yet" only while it has none (a site is never taken away). */
    private List<Map<String, String>> siteChoices(StoredSubscription signUp) {
        List<Map<String, String>> choices = new ArrayList<>();
        if (signUp.counterId().isEmpty()) {
            choices.add(Map.of(
                    "value", "",
                    "label", screens.wording().get("signup.review.site.none"),
                    "hint", ""));
        }
        sites.all().forEach((id, name) -> choices.add(Map.of("value", id, "label", name, "hint", "")));
        return choices;
    }

    private String label(SignUpStatus status) {
        return screens.wording().get("signup.status." + status.name());
    }

    private static Map<String, Object> filter(String value, String label, boolean selected) {
        return Map.of("value", value, "label", label, "selected", selected);
    }
}
