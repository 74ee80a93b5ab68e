package fr.conciergeriesolidaire.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The audit table of template.yaml in dynalite: entries by subject, newest first, gone once expired. */
class DynamoDbAuditTrailIT {
    private static final EmulatedAws AWS = EmulatedAws.inMemory();
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final DynamoDbAuditTrail trail = new DynamoDbAuditTrail(
            AWS.emulators().dynamoDb().client(),
            AWS.tableName("AuditTable"),
            PackagedSiteData.data().policies().retention(),
            clock);

    @AfterAll
    static void stop() {
        AWS.close();
    }

    @Test
    void givenEntriesOfSeveralSubjectsThenASubjectListsItsOwnNewestFirstEvenWithinOneMillisecond() {
        trail.record(entry("member:a", NOW, "audit.member.added"));
        trail.record(entry("member:b", NOW, "audit.member.added"));
        trail.record(entry("member:a", NOW.plusSeconds(60), "audit.member.changed"));
        trail.record(entry("member:a", NOW.plusSeconds(60), "audit.member.sessionsEnded"));

        assertThat(trail.latest("member:a", 10))
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("audit.member.sessionsEnded", "audit.member.changed", "audit.member.added")
                .endsWith("audit.member.added");
        assertThat(trail.latest("member:a", 1)).hasSize(1);
        assertThat(trail.latest("member:a", 10).get(2)).isEqualTo(entry("member:a", NOW, "audit.member.added"));
    }

    @Test
    void givenAnEntryPastItsRetentionThenItIsNoLongerListedBeforeTheTtlDeletesIt() {
        trail.record(entry("exports", NOW, "audit.export.orders"));

        clock.advance(Duration.ofDays(3 * 366 + 1));

        assertThat(trail.latest("exports", 10)).isEmpty();
        assertThat(AWS.items("AuditTable"))
                .as("still stored: DynamoDB's TTL deletes it later")
                .anySatisfy(item -> assertThat(item.get("subject").s()).isEqualTo("exports"));
    }

    private static AuditEntry entry(String subject, Instant at, String action) {
        return new AuditEntry(subject, at, "member-1", "Alice Martin", action, "ADMIN");
    }
}
