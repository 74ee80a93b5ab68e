package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.Repository;
import org.junit.jupiter.api.Test;

class TemplateReferencesTest {
    @Test
    void everyRefGetAttSubConditionAndDependencyOfTheTemplateNamesSomethingItDeclares() {
        assertThat(TemplateReferences.problems(Repository.template())).isEmpty();
    }
}
