package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.EmailIndex;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.programme.proposals.ProposalIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Proposals in the table named by {@code PROPOSALS_TABLE}, keyed by reference ({@link ProposalItemMapper}): one
 * idempotent put per submission, one conditional update per answer, queries on the neighbourhood's index, and the
 * person's proposals by the {@value EmailKeys#INDEX} index. A proposal past its retention is absent, even before
 * DynamoDB's TTL deletes it.
 */
final class DynamoDbProposalStore implements ProposalStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final IdempotentPut put;
    private final EmailIndex byEmail;
    private final Retention retention;
    private final Clock clock;

    DynamoDbProposalStore(DynamoDbClient dynamoDb, String table, Retention retention, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new IdempotentPut(dynamoDb);
        this.byEmail = new EmailIndex(dynamoDb, table, ProposalItemMapper.REFERENCE);
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        return put.find(table, ProposalItemMapper.REFERENCE, key, now).map(DynamoDbProposalStore::placement);
    }

    @Override
    public Placement place(ProposalRequest request, Optional<String> emailHash, IdempotencyKey key, Instant now) {
        Map<String, AttributeValue> item =
                ProposalItemMapper.toItem(request, emailHash, now, retention.proposalExpiry(now));
        return placement(put.put(table, ProposalItemMapper.REFERENCE, key, item, now));
    }

    @Override
    public Optional<StoredProposal> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, ProposalItemMapper.REFERENCE, reference, clock.instant())
                .map(ProposalItemMapper::fromItem);
    }

    @Override
    public List<StoredProposal> newestIn(String neighbourhood, int limit) {
        Instant now = clock.instant();
        return DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                        .indexName(ProposalIndex.BY_NEIGHBOURHOOD)
                        .keyConditionExpression("#hood = :hood")
                        .expressionAttributeNames(Map.of("#hood", ProposalIndex.NEIGHBOURHOOD))
                        .expressionAttributeValues(Map.of(":hood", AttributeValue.fromS(neighbourhood)))
                        .scanIndexForward(false)
                        .limit(limit)))
                .items()
                .stream()
                .filter(item -> !Expiry.hasPassed(item, now))
                .map(ProposalItemMapper::fromItem)
                .toList();
    }

    @Override
    public StoredProposal answer(ProposalAnswer answer, Instant now) {
        ProposalReply reply = answer.reply();
        VersionedUpdate update = new VersionedUpdate(
                        answer.seenVersion(),
                        ProposalItemMapper.historyEntry(now, reply.memberId(), answer.from(), reply.status()))
                .set(Attributes.s(reply.status().name()), ProposalItemMapper.STATUS)
                .append(ProposalItemMapper.reply(reply), ProposalItemMapper.REPLIES)
                .send(answer.recipient().stream().toList(), now);
        try {
            return ProposalItemMapper.fromItem(DynamoDbCalls.call(
                            () -> dynamoDb.updateItem(update.request(table, key(answer.reference()))))
                    .attributes());
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            throw new VersionConflictException();
        }
    }

    @Override
    public boolean linkEvent(String reference, String eventSlug, String memberId, Instant now) {
        StoredProposal proposal = find(reference).orElseThrow(NoSuchRecordException::new);
        Map<String, AttributeValue> values = Map.of(
                ":slug", AttributeValue.fromS(eventSlug),
                ":accepted", AttributeValue.fromS(ProposalStatus.ACCEPTED.name()),
                ":one", Attributes.n(1),
                ":empty", Attributes.l(List.of()),
                ":entry",
                        Attributes.l(List.of(ProposalItemMapper.historyEntry(
                                now, memberId, proposal.status(), ProposalStatus.ACCEPTED))));
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(reference))
                    .updateExpression("SET #slug = :slug, #status = :accepted, #version = #version + :one,"
                            + " #history = list_append(if_not_exists(#history, :empty), :entry)")
                    .conditionExpression("attribute_exists(#key) AND (attribute_not_exists(#slug) OR #slug = :slug)")
                    .expressionAttributeNames(Map.of(
                            "#key", ProposalItemMapper.REFERENCE,
                            "#slug", ProposalItemMapper.EVENT_SLUG,
                            "#status", ProposalItemMapper.STATUS,
                            "#version", VersionedUpdate.VERSION,
                            "#history", VersionedUpdate.HISTORY))
                    .expressionAttributeValues(values)));
            return true;
        } catch (ConditionalCheckFailedException linkedElsewhere) {
            return false;
        }
    }

    @Override
    public List<StoredProposal> holding(String emailHash) {
        return byEmail.records(emailHash, this::find);
    }

    @Override
    public boolean delete(String reference, String emailHash) {
        return byEmail.deleteHolding(reference, emailHash);
    }

    private static Map<String, AttributeValue> key(String reference) {
        return Map.of(ProposalItemMapper.REFERENCE, AttributeValue.fromS(reference));
    }

    private static Placement placement(IdempotentPut.Outcome outcome) {
        return new Placement(ProposalItemMapper.fromItem(outcome.item()), outcome.created());
    }
}
