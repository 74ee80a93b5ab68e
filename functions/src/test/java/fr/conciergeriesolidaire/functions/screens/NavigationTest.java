package fr.conciergeriesolidaire.functions.screens;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The navigation lists only screens that exist, behind the authorizer, with words for each. */
class NavigationTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenEachEntryThenItIsAGetRouteOfTheTemplateGuardedByTheSessionAuthorizer() {
        List<SamTemplate.EventSource> guardedGets = template.functions().stream()
                .flatMap(function -> function.eventsOfType("HttpApi").stream())
                .filter(event -> "GET".equals(event.properties().get("Method")))
                .filter(event -> "SessionAuthorizer"
                        .equals(SamTemplate.map(event.properties().get("Auth")).get("Authorizer")))
                .toList();

        assertThat(Navigation.all()).isNotEmpty().allSatisfy(entry -> {
            assertThat(guardedGets)
                    .extracting(event -> event.properties().get("Path"))
                    .contains(entry.path());
            assertThat(Templates.packaged().wording()).containsKeys(entry.labelKey(), entry.descriptionKey());
            assertThat(entry.roles()).isNotEmpty();
        });
    }

    @Test
    void givenEachRoleThenItsNavigationStartsWithTheDashboardAndOnlyAdminsSeeTheMembers() {
        for (Role role : Role.values()) {
            assertThat(Navigation.of(role).get(0).path()).isEqualTo(Navigation.DASHBOARD);
            assertThat(Navigation.of(role).stream()
                            .anyMatch(entry -> entry.path().equals(Navigation.MEMBERS)))
                    .as(role.name())
                    .isEqualTo(role == Role.ADMIN);
        }
    }

    @Test
    void givenTheSignUpsIndicatorsAndExportsThenAdminsAndTheTeamSeeThemAndAConciergeDoesNot() {
        List<String> figures = List.of(Navigation.SIGN_UPS, Navigation.INDICATORS, Navigation.EXPORTS);
        for (Role role : List.of(Role.ADMIN, Role.TEAM)) {
            assertThat(Navigation.of(role))
                    .extracting(NavigationEntry::path)
                    .as(role.name())
                    .containsAll(figures);
        }
        assertThat(Navigation.of(Role.COUNTER))
                .extracting(NavigationEntry::path)
                .doesNotContainAnyElementsOf(figures);
    }
}
