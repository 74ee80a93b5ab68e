package fr.conciergeriesolidaire.functions.subscription.review;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.subscription.SignUpEvent;
import fr.conciergeriesolidaire.functions.subscription.SignUpNote;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.SignUpTerms;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sign-up's trail and notes in words, newest first, for {@code pages/trail.ftlh}: when, who, what moved from what to
 * what (statuses and sites by their names, dates in French), and the reason given.
 */
final class SignUpTrail {
    private final Wording wording;
    private final CompanySites sites;
    private final Moments moments;

    SignUpTrail(Wording wording, CompanySites sites, Moments moments) {
        this.wording = wording;
        this.sites = sites;
        this.moments = moments;
    }

    List<Map<String, String>> rows(StoredSubscription signUp) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (SignUpEvent event : signUp.history()) {
            rows.add(
                    0,
                    Map.of(
                            "when", moments.of(event.at()),
                            "who", event.byName(),
                            "what", what(event),
                            "reason", event.reason().orElse("")));
        }
        return rows;
    }

    List<Map<String, String>> notes(StoredSubscription signUp) {
        List<Map<String, String>> notes = new ArrayList<>();
        for (SignUpNote note : signUp.notes()) {
            notes.add(0, Map.of("when", moments.of(note.at()), "who", note.byName(), "text", note.text()));
        }
        return notes;
    }

    private String what(SignUpEvent event) {
        return switch (event.what()) {
            case SignUpEvent.STATUS -> wording.format("signup.trail.status", status(event.from()), status(event.to()));
            case SignUpEvent.TERMS -> wording.format("signup.trail.terms", terms(event.from()), terms(event.to()));
            case SignUpEvent.NOTE -> wording.get("signup.trail.note");
            default -> event.what();
        };
    }

    private String status(String name) {
        for (SignUpStatus status : SignUpStatus.values()) {
            if (status.name().equals(name)) {
                return wording.get("signup.status." + name);
            }
        }
        return name;
    }

    private String terms(String text) {
        return SignUpTerms.parse(text)
                .map(terms -> wording.format(
                        "signup.trail.termsText",
                        FrenchFormat.date(terms.startDate()),
                        FrenchFormat.count(terms.employees()),
                        sites.nameOf(terms.counterId()).orElse(wording.get("signup.review.site.none"))))
                .orElse(text);
    }
}
