package fr.conciergeriesolidaire.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes each file straight into a folder: the fresh folder of a full build, put in place once complete. */
public final class FolderFiles implements SiteFiles {
    private final Path folder;

    public FolderFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public void put(String path, byte[] content) {
        Path file = folder.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot write " + file, unwritable);
        }
    }
}
