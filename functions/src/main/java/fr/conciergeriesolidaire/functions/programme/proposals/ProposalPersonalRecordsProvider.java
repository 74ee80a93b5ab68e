package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The residents' ideas of animations offered to "Mes données" (registered in {@code META-INF/services}), to any
 * function whose environment names the proposals table. No backfill: a proposal stored its e-mail key from the first
 * version of the feature.
 */
public final class ProposalPersonalRecordsProvider implements PersonalRecordsProvider {
    @Override
    public Optional<PersonalRecords> open(Map<String, String> environment, Clock clock) {
        if (!environment.containsKey(ProposalsWiring.PROPOSALS_TABLE)) {
            return Optional.empty();
        }
        Environment variables = new Environment(environment);
        return Optional.of(new ProposalsWiring(variables, clock, new AwsClients(variables)).personalRecords());
    }
}
