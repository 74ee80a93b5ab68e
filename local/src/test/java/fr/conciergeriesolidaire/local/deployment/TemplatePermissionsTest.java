package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.Repository;
import org.junit.jupiter.api.Test;

class TemplatePermissionsTest {
    @Test
    void noFunctionOrResourcePolicyAllowsMoreThanItsOwnTablesQueueAndMailIdentity() {
        assertThat(TemplatePermissions.problems(Repository.template())).isEmpty();
    }
}
