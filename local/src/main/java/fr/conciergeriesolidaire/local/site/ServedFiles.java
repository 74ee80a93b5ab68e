package fr.conciergeriesolidaire.local.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where {@link StaticSite} finds the site's files: the runner's live site in memory, or a folder. */
@FunctionalInterface
public interface ServedFiles {
    /**
     * @param path a normalised path inside the site, without leading slash ("agenda/index.html")
     * @return the file's bytes, or empty when the site has no such file
     */
    Optional<byte[]> read(String path);

    /** The files of a folder, read on each request. */
    static ServedFiles folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return path -> {
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        };
    }
}
