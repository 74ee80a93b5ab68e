package fr.conciergeriesolidaire.functions.access;

import java.util.Locale;
import java.util.Optional;

/** What a member of the team may do in the back-office; its name in French is {@code backoffice.role.<name>}. */
public enum Role {
    /** Everything, including managing the members. */
    ADMIN,
    /** "Équipe": the orders, sign-ups and exports of every counter. */
    TEAM,
    /** "Comptoir", the concierge: the orders of their own counters or company sites only. */
    COUNTER;

    /** The key of its name in the site's wording, e.g. {@code backoffice.role.counter}. */
    public String wordingKey() {
        return "backoffice.role." + name().toLowerCase(Locale.ROOT);
    }

    /** The role of that name ({@code ADMIN}...), if it is one. */
    public static Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
