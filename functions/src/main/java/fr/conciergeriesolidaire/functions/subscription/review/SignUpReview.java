package fr.conciergeriesolidaire.functions.subscription.review;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.subscription.Reviewer;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionLife;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team's review of company sign-ups: the list (awaiting review first, then each later step; dropped ones when
 * asked for), a sign-up, and its three changes, each read from its form and made by {@link SubscriptionLife} on the
 * version the member saw.
 */
final class SignUpReview {
    /** A status and its sign-ups, oldest first. */
    record Group(SignUpStatus status, List<StoredSubscription> signUps) {}

    private final SubscriptionLife life;
    private final SignUpForms forms;
    private final Clock clock;
    private final ZoneId zone;

    SignUpReview(SubscriptionLife life, SignUpForms forms, Clock clock, ZoneId zone) {
        this.life = life;
        this.forms = forms;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param only one status, or empty for every sign-up still followed (all but dropped), in the order of their life
     */
    List<Group> list(Optional<SignUpStatus> only) {
        List<Group> groups = new ArrayList<>();
        for (SignUpStatus status : SignUpStatus.values()) {
            boolean shown = only.map(status::equals).orElse(status.holdsTheSite());
            if (shown) {
                groups.add(new Group(status, life.withStatus(status)));
            }
        }
        return groups;
    }

    /** @throws NoSuchRecordException for a reference that is malformed or no sign-up's */
    StoredSubscription find(String reference) {
        return life.find(wellFormed(reference));
    }

    StoredSubscription move(SignedInMember member, String reference, SubmittedFields fields) {
        String known = wellFormed(reference);
        SignUpForms.Move move = forms.move(fields);
        return life.move(known, move.version(), Reviewer.of(member), move.to(), move.reason());
    }

    StoredSubscription addNote(SignedInMember member, String reference, SubmittedFields fields) {
        String known = wellFormed(reference);
        SignUpForms.Note note = forms.note(fields);
        return life.addNote(known, note.version(), Reviewer.of(member), note.text());
    }

    StoredSubscription amend(SignedInMember member, String reference, SubmittedFields fields) {
        String known = wellFormed(reference);
        SignUpForms.Terms terms = forms.terms(fields, LocalDate.ofInstant(clock.instant(), zone));
        return life.amend(known, terms.version(), Reviewer.of(member), terms.terms());
    }

    /** A reference as the sign-ups have them ({@code K7QM-3XPA}): anything else is no sign-up, and costs no read. */
    private static String wellFormed(String reference) {
        return References.parse(reference).orElseThrow(NoSuchRecordException::new);
    }
}
