package fr.conciergeriesolidaire.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a build writes: always a fresh folder beside the published one (same file system, so that putting it in
 * place is a rename), never the published folder itself, which a failed or interrupted build would leave half
 * written and an earlier build would leave with pages of deleted content.
 */
public final class OutputFolder {
    private OutputFolder() {}

    /** A new, not yet existing, hidden folder beside {@code published}. */
    public static Path freshBeside(Path published) {
        return published.resolveSibling("." + published.getFileName() + "-" + UUID.randomUUID());
    }

    /** Puts {@code fresh} in place of {@code published} (whatever was there goes), by renames. */
    public static void replace(Path published, Path fresh) {
        try {
            Path previous = null;
            if (Files.exists(published, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                previous = freshBeside(published);
                Files.move(published, previous);
            }
            Files.move(fresh, published);
            delete(previous);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot publish " + fresh + " as " + published, failure);
        }
    }

    /** Deletes a folder and everything in it (a link is deleted, not followed); nothing happens if it is absent. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot delete " + folder, failure);
        }
    }
}
