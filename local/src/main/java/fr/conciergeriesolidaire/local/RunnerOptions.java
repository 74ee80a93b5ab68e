package fr.conciergeriesolidaire.local;

import java.util.List;
import java.util.Map;

/**
 * What the command line and the environment ask for: the port ({@code PORT}, default 8080) and whether data lives
 * in memory ({@code --in-memory}) or in the repository's {@code .local-data/}.
 */
public record RunnerOptions(int port, boolean inMemory) {
    public static final int DEFAULT_PORT = 8080;
    public static final String IN_MEMORY = "--in-memory";

    public static RunnerOptions parse(List<String> arguments, Map<String, String> environment) {
        boolean inMemory = false;
        for (String argument : arguments) {
            if (argument.equals(IN_MEMORY)) {
                inMemory = true;
            } else {
                throw new StartupException("Option inconnue : " + argument + " (seule " + IN_MEMORY + " existe).");
            }
        }
        return new RunnerOptions(port(environment.get("PORT")), inMemory);
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the value.
        }
        throw new StartupException("PORT doit être un numéro de port (0 à 65535), pas « " + value + " ».");
    }
}
