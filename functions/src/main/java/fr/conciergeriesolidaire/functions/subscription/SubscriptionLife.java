package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A sign-up's life with the team: moved from review to contacted, agreement signed and active, or dropped with a
 * reason (which frees the site for a new sign-up); notes; the start date and headcount as agreed. Each change checks
 * what the status allows, then writes one conditional update on the version that was read, with its audit entry.
 */
public final class SubscriptionLife {
    private final SubscriptionStore store;
    private final Clock clock;

    public SubscriptionLife(SubscriptionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public StoredSubscription find(String reference) {
        return store.find(reference).orElseThrow(() -> new NoSuchRecordException());
    }

    /** The sign-ups of one status, oldest first (the review screen). */
    public List<StoredSubscription> withStatus(SignUpStatus status) {
        return store.withStatus(status);
    }

    /** @param reason required to drop it ("sans suite"), kept in the audit trail */
    public StoredSubscription move(
            String reference, long seenVersion, String memberId, SignUpStatus to, Optional<String> reason) {
        StoredSubscription signUp = find(reference);
        if (!signUp.status().next().contains(to)) {
            throw new ChangeRefusedException("signup.life.notAllowed");
        }
        if (to == SignUpStatus.DROPPED && reason.isEmpty()) {
            throw new ChangeRefusedException("signup.life.reasonRequired");
        }
        SignUpEvent event = event(memberId, "status", signUp.status().name(), to.name(), reason);
        return store.change(new SignUpChange(
                reference, seenVersion, Optional.of(to), Optional.empty(), Optional.empty(), Optional.empty(), event));
    }

    public StoredSubscription addNote(String reference, long seenVersion, String memberId, String text) {
        Instant now = clock.instant();
        SignUpEvent event = new SignUpEvent(now, memberId, "note", "", "", Optional.empty());
        return store.change(new SignUpChange(
                reference,
                seenVersion,
                Optional.empty(),
                Optional.of(new SignUpNote(now, memberId, text)),
                Optional.empty(),
                Optional.empty(),
                event));
    }

    /** The start date and headcount as agreed with the company (the quote sent stays as it was). */
    public StoredSubscription amend(
            String reference, long seenVersion, String memberId, LocalDate startDate, int employees) {
        StoredSubscription signUp = find(reference);
        if (!signUp.status().holdsTheSite()) {
            throw new ChangeRefusedException("signup.life.dropped");
        }
        String from = signUp.request().startDate() + " / " + signUp.request().employees();
        SignUpEvent event = event(memberId, "terms", from, startDate + " / " + employees, Optional.empty());
        return store.change(new SignUpChange(
                reference,
                seenVersion,
                Optional.empty(),
                Optional.empty(),
                Optional.of(startDate),
                Optional.of(employees),
                event));
    }

    private SignUpEvent event(String memberId, String what, String from, String to, Optional<String> reason) {
        return new SignUpEvent(clock.instant(), memberId, what, from, to, reason);
    }
}
