package fr.conciergeriesolidaire.functions.reporting;

import java.util.Optional;

/**
 * What the team exports for a month: the orders line by line, the amounts per partner, or the company sign-ups. Its
 * {@code slug} names the file ({@code commandes-2026-03.csv}) and the form's choice; its action is the audit trail's
 * wording key ({@code audit.export.<slug>}).
 */
enum ExportKind {
    ORDERS("commandes"),
    PARTNERS("partenaires"),
    SIGN_UPS("adhesions");

    private final String slug;

    ExportKind(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    String auditAction() {
        return "audit.export." + slug;
    }

    /** Whether the records it reads are orders (kept 13 months) rather than sign-ups (3 years). */
    boolean readsOrders() {
        return this != SIGN_UPS;
    }

    static Optional<ExportKind> of(String slug) {
        for (ExportKind kind : values()) {
            if (kind.slug.equals(slug.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
