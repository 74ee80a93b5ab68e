package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.forms.ConfirmationLimit;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking a registration, step by step: the spam guard, the event (it must exist and take registrations now), the
 * validator, the client's rate limit and the addressee's confirmation limit (someone registered already is never
 * refused: they get their registration back), then the registration written pending and its places decided ({@link
 * PlaceAllocation}). Nothing is written before the last step; each refusal is an exception that {@code
 * http.ErrorAnswers} answers.
 */
public final class RegistrationService {
    /** Names the rate limit of registrations. */
    static final String ACTION = "registration";

    /**
     * The person's registration, as decided.
     *
     * @param position its place on the waiting list, if it waits
     * @param created false when the person had registered already (they get that registration back)
     */
    public record Outcome(Registration registration, Optional<Integer> position, boolean created) {}

    private final SpamGuard spamGuard;
    private final RegistrationValidator validator;
    private final RateLimiter rateLimiter;
    private final RateLimiter confirmations;
    private final RegistrationKeys keys;
    private final Events events;
    private final RegistrationStore registrations;
    private final PlaceAllocation allocation;
    private final PromptDelivery delivery;
    private final Retention retention;
    private final Clock clock;

    RegistrationService(
            SpamGuard spamGuard,
            RegistrationValidator validator,
            RateLimiter rateLimiter,
            RateLimiter confirmations,
            RegistrationKeys keys,
            Events events,
            RegistrationStore registrations,
            PlaceAllocation allocation,
            PromptDelivery delivery,
            Retention retention,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.confirmations = confirmations;
        this.keys = keys;
        this.events = events;
        this.registrations = registrations;
        this.allocation = allocation;
        this.delivery = delivery;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * @param client the submitter's address as the rate limit must see it ({@code http.ClientAddress})
     * @param siteOrigin the site's origin the form was sent from, where the e-mails' links will point
     */
    public Outcome register(String event, SubmittedFields fields, String client, String siteOrigin) {
        Instant now = clock.instant();
        RegistrationRequest request;
        StoredEvent stored;
        try {
            spamGuard.check(fields, now);
            stored = events.find(event).orElseThrow(NoSuchRecordException::new);
            request = validator.validate(stored.event(), fields);
        } catch (InvalidInputException | NoSuchRecordException refused) {
            // Refusals count too, each as a submission of its own: trying again and again is no way around the limit.
            rateLimiter.acquire(ACTION, client, UUID.randomUUID().toString(), now);
            throw refused;
        }
        RegistrationWindow.check(stored.event(), now);
        String personKey = keys.personKey(event, request.person().email());
        try {
            // One person's registration for one event counts once, however often it is sent.
            rateLimiter.acquire(ACTION, client, personKey, now);
            confirmations.acquire(
                    ConfirmationLimit.ACTION,
                    ConfirmationLimit.addressee(request.person().email()),
                    personKey,
                    now);
        } catch (TooManyRequestsException limited) {
            Registration existing =
                    registrations.live(personKey, keys.references(personKey)).orElseThrow(() -> limited);
            return new Outcome(existing, existing.joinedAt(), false);
        }
        RegistrationStore.Placement placement = registrations.place(
                new NewRegistration(
                        request,
                        personKey,
                        keys.candidates(personKey),
                        keys.emailHash(request.person().email()),
                        siteOrigin,
                        retention.registrationExpiry(stored.event().end().toInstant())),
                now);
        Registration registration = placement.registration();
        if (registration.status() != RegistrationStatus.PENDING) {
            return new Outcome(registration, registration.joinedAt(), placement.created());
        }
        Allocation allocated = allocation.complete(registration, stored, now);
        delivery.send(allocated.promoted());
        return new Outcome(allocated.registration(), allocated.position(), placement.created());
    }

    /** The registration as stored now, by its reference. */
    public Optional<Registration> find(String reference) {
        return registrations.find(reference);
    }

    /** Before a SnapStart snapshot: one keyed hash and reads of keys nothing can have. Writes nothing. */
    public void prime() {
        keys.personKey("snapstart-priming", "priming@exemple.fr");
        events.find("snapstart-priming");
        registrations.find("snapstart-priming");
    }
}
