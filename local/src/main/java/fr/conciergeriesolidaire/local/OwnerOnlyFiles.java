package fr.conciergeriesolidaire.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders (700) and files (600) only their owner can read: the runner's data folder holds the local tables (names,
 * addresses, phone numbers of whoever ordered) and the local secrets. Created so from the start, never widened then
 * narrowed; a folder or file left by an older runner is narrowed. Where the file system has no POSIX permissions,
 * the defaults stay.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {}

    /** Creates the folder (and missing parents) owner-only, or narrows it to its owner if it exists. */
    public static Path folder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
            return folder;
        }
        return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** A writer replacing the file's content; the file is created owner-only, or narrowed if it exists. */
    public static Writer writer(Path file) throws IOException {
        if (POSIX) {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
        }
        return Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }
}
