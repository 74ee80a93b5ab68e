package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.EmailIndex;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A person's registrations by the keyed hash of their address ("Mes données"), in the registrations table: found on
 * its keys-only {@value EmailKeys#INDEX} index, each read strongly and kept only if it still holds that key (the index
 * lags a little); and one deleted whole, with its e-mails still to send, on condition that it still holds the key.
 */
final class RegistrationsByEmail {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final EmailIndex index;
    private final Clock clock;

    RegistrationsByEmail(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.index = new EmailIndex(dynamoDb, table, RegistrationItemMapper.REFERENCE);
        this.clock = clock;
    }

    /** Every live registration holding that key (cancelled ones too: they keep the person's data until expiry). */
    List<HeldRegistration> holding(String emailHash) {
        return index.keys(emailHash).stream()
                .map(reference -> find(reference, emailHash))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The registration of that reference as stored now, if it holds that key and has not expired. */
    Optional<HeldRegistration> find(String reference, String emailHash) {
        return DynamoDbCalls.item(dynamoDb, table, RegistrationItemMapper.REFERENCE, reference, clock.instant())
                .filter(item -> holds(item, emailHash))
                .map(item -> new HeldRegistration(
                        RegistrationItemMapper.fromItem(item),
                        Expiry.of(item).orElseThrow(() -> new IllegalStateException("Registration without expiry"))));
    }

    /** Deletes the registration if it still holds that key; false when it does not (erased meanwhile). */
    boolean delete(String reference, String emailHash) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete -> delete.tableName(table)
                    .key(Map.of(RegistrationItemMapper.REFERENCE, AttributeValue.fromS(reference)))
                    .conditionExpression("#email = :email")
                    .expressionAttributeNames(Map.of("#email", EmailKeys.ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":email", AttributeValue.fromS(emailHash)))));
            return true;
        } catch (ConditionalCheckFailedException notTheirs) {
            return false;
        }
    }

    private static boolean holds(Map<String, AttributeValue> item, String emailHash) {
        return Attributes.optionalString(item, EmailKeys.ATTRIBUTE)
                .filter(emailHash::equals)
                .isPresent();
    }
}
