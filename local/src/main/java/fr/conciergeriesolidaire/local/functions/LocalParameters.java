package fr.conciergeriesolidaire.local.functions;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.OwnerOnlyFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Local values of the template's parameters: the default when the template gives one, else a random secret
 * (HashSecret, OriginSecret...) made on first use. Kept in the data folder when data persists, so that what was
 * hashed with a secret (idempotency keys, rate-limit keys) still matches after a restart; that file is its owner's
 * only.
 */
public final class LocalParameters {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The secret CloudFront adds to what it forwards to the API (functions' OriginGate). */
    static final String NO_CLOUDFRONT_IN_FRONT = "OriginSecret";
    /** The deployment's first admin (the back-office's AdminEmail parameter). */
    static final String ADMIN_EMAIL = "AdminEmail";
    /** Locally, a fixed address: asking for a sign-in link there makes it the first admin, as in AWS. */
    public static final String LOCAL_ADMIN = "admin@conciergerie.local";

    private final SamTemplate template;
    private final Optional<Path> file;
    private final Properties values = new Properties();

    LocalParameters(SamTemplate template, Optional<Path> file) {
        this.template = template;
        this.file = file;
        file.filter(Files::isRegularFile).ifPresent(this::load);
    }

    synchronized String value(String parameter) {
        String fixed = template.parameterDefault(parameter);
        if (fixed != null) {
            return fixed;
        }
        if (parameter.equals(NO_CLOUDFRONT_IN_FRONT)) {
            // The runner is reached directly, as the API is never in AWS: no origin secret to require or believe.
            return "";
        }
        if (parameter.equals(ADMIN_EMAIL)) {
            return LOCAL_ADMIN;
        }
        String value = values.getProperty(parameter);
        if (value == null) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            value = HexFormat.of().formatHex(secret);
            values.setProperty(parameter, value);
            file.ifPresent(this::save);
        }
        return value;
    }

    private void load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private void save(Path path) {
        try {
            OwnerOnlyFiles.folder(path.getParent());
            try (Writer writer = OwnerOnlyFiles.writer(path)) {
                values.store(writer, "Local values of template.yaml's parameters without a default (never deployed)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }
}
