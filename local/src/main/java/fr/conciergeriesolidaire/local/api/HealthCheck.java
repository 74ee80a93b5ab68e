package fr.conciergeriesolidaire.local.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /api/health} of the local runner: 200 when storage and mail both answer, 503 otherwise. */
public final class HealthCheck {
    public static final String PATH = "/api/health";

    private final BooleanSupplier storage;
    private final BooleanSupplier mail;

    public HealthCheck(BooleanSupplier storage, BooleanSupplier mail) {
        this.storage = storage;
        this.mail = mail;
    }

    record Outcome(int status, Map<String, String> body) {}

    Outcome check() {
        boolean storageUp = storage.getAsBoolean();
        boolean mailUp = mail.getAsBoolean();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", storageUp && mailUp ? "ok" : "unavailable");
        body.put("storage", storageUp ? "ok" : "unreachable");
        body.put("mail", mailUp ? "ok" : "unreachable");
        if (!storageUp || !mailUp) {
            body.put(
                    "message",
                    (storageUp ? "" : "Le stockage (DynamoDB) ne répond pas. ")
                            + (mailUp ? "" : "Le service de courriel (SES) ne répond pas."));
        }
        return new Outcome(storageUp && mailUp ? 200 : 503, body);
    }
}
