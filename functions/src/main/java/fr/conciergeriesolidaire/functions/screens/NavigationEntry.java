package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.access.Role;
import java.util.Set;

/**
 * A screen reachable from the back-office navigation and the dashboard.
 *
 * @param path its {@code GET} route in template.yaml, guarded by the authorizer (a test checks both)
 * @param labelKey its name in the navigation, in the site's wording
 * @param descriptionKey what it is for, on the dashboard
 * @param roles who may open it; the screen's handler checks the same roles ({@code SignedInMember.require})
 */
public record NavigationEntry(String path, String labelKey, String descriptionKey, Set<Role> roles) {
    public NavigationEntry {
        roles = Set.copyOf(roles);
    }
}
