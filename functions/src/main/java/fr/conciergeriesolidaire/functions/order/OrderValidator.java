package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.http.SubmittedFields;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.validation.EmailAddresses;
import fr.conciergeriesolidaire.functions.validation.FieldErrors;
import fr.conciergeriesolidaire.functions.validation.FrenchPhoneNumbers;
import fr.conciergeriesolidaire.functions.validation.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Validates every field of an order at the edge and builds the {@link OrderRequest}, or reports all errors. */
final class OrderValidator {
    static final int NAME_MAX_LENGTH = 60;
    static final int BUILDING_MAX_LENGTH = 100;
    private static final String REQUIRED = "Ce champ est obligatoire.";

    private final SiteData data;
    private final SlotRules slots;
    private final OrderLinesRules lines;

    OrderValidator(SiteData data) {
        this.data = data;
        this.slots = new SlotRules(
                data.policies().orders(), ZoneId.of(data.organisation().site().timeZone()));
        this.lines = new OrderLinesRules(data);
    }

    OrderRequest validate(SubmittedFields fields, Instant now) {
        FieldErrors errors = new FieldErrors();
        Optional<Counter> counter = counter(fields, errors);
        List<OrderLine> orderLines = lines.validate(fields, counter, errors);
        Optional<Slot> slot = slots.validate(
                fields.text(OrderFields.DATE, errors), fields.text(OrderFields.WINDOW, errors), counter, now, errors);
        Optional<String> firstName = name(fields, OrderFields.FIRST_NAME, errors);
        Optional<String> lastName = name(fields, OrderFields.LAST_NAME, errors);
        Optional<String> phone = required(fields, OrderFields.PHONE, errors)
                .flatMap(typed -> orError(
                        FrenchPhoneNumbers.toE164(typed),
                        OrderFields.PHONE,
                        "Numéro de téléphone français invalide (exemple\u00a0: 06 12 34 56 78).",
                        errors));
        Optional<String> email = required(fields, OrderFields.EMAIL, errors)
                .flatMap(typed -> orError(
                        EmailAddresses.normalise(typed),
                        OrderFields.EMAIL,
                        "Adresse e-mail invalide (exemple\u00a0: prenom.nom@exemple.fr).",
                        errors));
        Optional<String> building = fields.text(OrderFields.BUILDING, errors)
                .flatMap(text -> cleaned(Texts.singleLine(text, BUILDING_MAX_LENGTH), OrderFields.BUILDING, errors));
        Optional<String> comment = fields.text(OrderFields.COMMENT, errors)
                .flatMap(text -> cleaned(
                        Texts.multiLine(text, data.policies().orders().commentMaxLength()),
                        OrderFields.COMMENT,
                        errors));
        if (!fields.checked(OrderFields.CONSENT, errors)) {
            errors.add(
                    OrderFields.CONSENT,
                    "Votre accord est nécessaire pour que nous traitions votre commande et vos coordonnées.");
        }
        Optional<String> clientKey = fields.text(OrderFields.IDEMPOTENCY_KEY, errors);
        if (clientKey.isPresent() && !IdempotencyKeys.isWellFormed(clientKey.get())) {
            errors.add(
                    OrderFields.IDEMPOTENCY_KEY,
                    "Formulaire périmé ou modifié\u202f; rechargez la page puis renvoyez-le.");
        }
        errors.throwIfAny();
        return new OrderRequest(
                counter.orElseThrow().id(),
                orderLines,
                slot.orElseThrow(),
                new Customer(
                        firstName.orElseThrow(),
                        lastName.orElseThrow(),
                        phone.orElseThrow(),
                        email.orElseThrow(),
                        building),
                comment,
                clientKey);
    }

    private Optional<Counter> counter(SubmittedFields fields, FieldErrors errors) {
        Optional<String> id = fields.text(OrderFields.COUNTER, errors);
        if (id.isEmpty()) {
            if (!errors.has(OrderFields.COUNTER)) {
                errors.add(OrderFields.COUNTER, "Choisissez un comptoir.");
            }
            return Optional.empty();
        }
        Optional<Counter> counter = data.counter(id.get().strip());
        if (counter.isEmpty()) {
            errors.add(OrderFields.COUNTER, "Ce comptoir n'existe pas\u202f; choisissez-en un dans la liste.");
        }
        return counter;
    }

    private static Optional<String> required(SubmittedFields fields, String field, FieldErrors errors) {
        Optional<String> value = fields.text(field, errors);
        if (value.isEmpty() && !errors.has(field)) {
            errors.add(field, REQUIRED);
        }
        return value;
    }

    private static Optional<String> name(SubmittedFields fields, String field, FieldErrors errors) {
        return required(fields, field, errors)
                .flatMap(text -> cleaned(Texts.name(text, NAME_MAX_LENGTH), field, errors));
    }

    private static Optional<String> cleaned(Texts.Result result, String field, FieldErrors errors) {
        result.error().ifPresent(message -> errors.add(field, message));
        return result.error().isPresent() || result.value().isEmpty() ? Optional.empty() : Optional.of(result.value());
    }

    private static Optional<String> orError(Optional<String> value, String field, String message, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, message);
        }
        return value;
    }
}
