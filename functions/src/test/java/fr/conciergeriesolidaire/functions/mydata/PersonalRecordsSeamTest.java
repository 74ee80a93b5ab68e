package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seam between "Mes données" and the features: every table of template.yaml that indexes people's e-mail keys
 * (but the team's own members) is a kind of record some registered provider offers, every "Mes données" function
 * reaches all of them, and every kind has its words. A kind forgotten anywhere would be a person's data left behind.
 */
class PersonalRecordsSeamTest {
    /** The team's members: staff, managed in the back-office, not residents' records. */
    private static final String MEMBERS = "MembersTable";
    /** Kinds whose every record was stored with its e-mail key: nothing for the one-shot backfill to do. */
    private static final Set<String> KEYED_FROM_THE_START = Set.of("RegistrationsTable", "ProposalsTable");

    private static final String BACKFILL = "EmailKeyBackfillFunction";

    private static final List<String> MY_DATA_FUNCTIONS =
            List.of("MyDataMailFunction", "MyDataFunction", "MyDataErasureFunction", "ErasureScreenFunction", BACKFILL);

    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void everyTableIndexingEmailKeysIsAKindEveryMyDataFunctionReaches() {
        Set<String> indexed = template.tables().entrySet().stream()
                .filter(table -> !table.getKey().equals(MEMBERS))
                .filter(table -> SamTemplate.list(table.getValue().get("GlobalSecondaryIndexes")).stream()
                        .anyMatch(index ->
                                EmailKeys.INDEX.equals(SamTemplate.map(index).get("IndexName"))))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(indexed)
                .containsExactlyInAnyOrder("OrdersTable", "SubscriptionsTable", "RegistrationsTable", "ProposalsTable");

        for (String function : MY_DATA_FUNCTIONS) {
            Map<String, String> environment = ProjectTemplate.environment(template, function);
            Set<String> tables =
                    template.environment(function, intrinsic -> String.valueOf(intrinsic.reference())).values().stream()
                            .collect(Collectors.toSet());
            if (function.equals(BACKFILL)) {
                Set<String> backfilled = indexed.stream()
                        .filter(table -> !KEYED_FROM_THE_START.contains(table))
                        .collect(Collectors.toSet());
                assertThat(tables).as(function).containsAll(backfilled);
            } else {
                assertThat(tables).as(function).containsAll(indexed);
                assertThat(AllPersonalRecords.load(environment, Clock.systemUTC())
                                .kinds())
                        .as(function + " reaches one kind per indexed table")
                        .hasSize(indexed.size());
            }
        }
    }

    @Test
    void everyRegisteredKindHasItsWords() {
        List<PersonalRecordsProvider> providers = AllPersonalRecords.providers();
        List<String> kinds = AllPersonalRecords.load(
                        ProjectTemplate.environment(template, "MyDataFunction"), Clock.systemUTC())
                .kinds();
        assertThat(providers).hasSameSizeAs(kinds);
        assertThat(kinds).containsExactly("order", "proposal", "registration", "subscription");
        Wording wording = Templates.packaged().wording();
        for (String kind : kinds) {
            assertThat(wording)
                    .containsKeys(
                            "mydata.kind." + kind,
                            "mydata.kind." + kind + ".named",
                            "mydata.inProgress." + kind,
                            "mydata.retention." + kind);
        }
    }
}
