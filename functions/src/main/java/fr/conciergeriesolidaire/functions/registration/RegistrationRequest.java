package fr.conciergeriesolidaire.functions.registration;

import java.util.Optional;

/**
 * A valid registration, before it is stored: built only by {@link RegistrationValidator}, for an event open to
 * registration and within its limit of places per registration.
 *
 * @param event the event's slug
 * @param accessNeeds what the person needs to take part (accessibility), in their words
 * @param clientKey the idempotency key the page's script sent, if any (checked, not needed: a person has one
 *     registration per event whatever the key)
 */
public record RegistrationRequest(
        String event, Person person, int places, Optional<String> accessNeeds, Optional<String> clientKey) {}
