package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sign-up's life with the team: moved from review to contacted, agreement signed and active, or dropped with a
 * reason (which frees the site for a new sign-up); notes; the terms as agreed (start date, headcount, company site).
 * Each change reads the sign-up (unknown: 404; changed since the member saw it: 409), checks what its status allows,
 * then writes one conditional update on the version that was read, with its audit entry: a change made between the
 * read and the write still loses (409).
 */
public final class SubscriptionLife {
    private final SubscriptionStore store;
    private final Clock clock;

    public SubscriptionLife(SubscriptionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public StoredSubscription find(String reference) {
        return store.find(reference).orElseThrow(NoSuchRecordException::new);
    }

    /** The sign-ups of one status, oldest first (the review screen). */
    public List<StoredSubscription> withStatus(SignUpStatus status) {
        return store.withStatus(status);
    }

    /**
     * @param reason required to drop it ("sans suite"), kept in the audit trail
     * @throws InvalidInputException without a reason to drop it, or to make it active before it has its site
     * @throws ChangeRefusedException for a step its status does not lead to
     */
    public StoredSubscription move(
            String reference, long seenVersion, Reviewer by, SignUpStatus to, Optional<String> reason) {
        StoredSubscription signUp = current(reference, seenVersion);
        if (!signUp.status().next().contains(to)) {
            throw new ChangeRefusedException("signup.life.notAllowed");
        }
        if (to == SignUpStatus.DROPPED && reason.isEmpty()) {
            throw InvalidInputException.of(SignUpChangeFields.REASON, "signup.life.reasonRequired");
        }
        if (to == SignUpStatus.ACTIVE && signUp.counterId().isEmpty()) {
            // Active means its employees order at its site: the site must exist first (counters.yaml).
            throw InvalidInputException.of(SignUpChangeFields.STATUS, "signup.life.siteRequired");
        }
        SignUpEvent event = event(by, SignUpEvent.STATUS, signUp.status().name(), to.name(), reason);
        return store.change(
                new SignUpChange(reference, seenVersion, Optional.of(to), Optional.empty(), Optional.empty(), event));
    }

    public StoredSubscription addNote(String reference, long seenVersion, Reviewer by, String text) {
        current(reference, seenVersion);
        Instant now = clock.instant();
        SignUpEvent event = new SignUpEvent(now, by.memberId(), by.name(), SignUpEvent.NOTE, "", "", Optional.empty());
        return store.change(new SignUpChange(
                reference,
                seenVersion,
                Optional.empty(),
                Optional.of(new SignUpNote(now, by.memberId(), by.name(), text)),
                Optional.empty(),
                event));
    }

    /**
     * The terms as agreed with the company (the quote sent stays as it was).
     *
     * @throws ChangeRefusedException for a dropped sign-up
     * @throws InvalidInputException for one that had a site and would be left without
     */
    public StoredSubscription amend(String reference, long seenVersion, Reviewer by, SignUpTerms terms) {
        StoredSubscription signUp = current(reference, seenVersion);
        if (!signUp.status().holdsTheSite()) {
            throw new ChangeRefusedException("signup.life.dropped");
        }
        if (signUp.counterId().isPresent() && terms.counterId().isEmpty()) {
            // Its employees' orders are counted at that site: it may move to another one, never to none.
            throw InvalidInputException.of(SignUpChangeFields.COUNTER, "signup.life.siteKept");
        }
        SignUpEvent event = event(by, SignUpEvent.TERMS, SignUpTerms.of(signUp).text(), terms.text(), Optional.empty());
        return store.change(new SignUpChange(
                reference, seenVersion, Optional.empty(), Optional.empty(), Optional.of(terms), event));
    }

    /** The sign-up as stored, if the member saw this very version of it. */
    private StoredSubscription current(String reference, long seenVersion) {
        StoredSubscription signUp = find(reference);
        if (signUp.version() != seenVersion) {
            throw new VersionConflictException();
        }
        return signUp;
    }

    private SignUpEvent event(Reviewer by, String what, String from, String to, Optional<String> reason) {
        return new SignUpEvent(clock.instant(), by.memberId(), by.name(), what, from, to, reason);
    }
}
