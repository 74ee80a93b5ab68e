package fr.conciergeriesolidaire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's data folder and its files: 700 and 600, whether new or left by an older runner. */
class OwnerOnlyFilesTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void givenNoFolderThenItAndItsMissingParentsAreCreatedForTheirOwnerOnly() throws Exception {
        Path data = OwnerOnlyFiles.folder(folder.resolve("depot/.local-data"));

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.getParent())).isEqualTo("rwx------");
    }

    @Test
    void givenAFolderAndAFileOpenToOthersThenBothAreNarrowedToTheirOwner() throws Exception {
        Path data = Files.createDirectories(folder.resolve(".local-data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(data.resolve("parameters.properties"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.folder(data);
        try (Writer writer = OwnerOnlyFiles.writer(file)) {
            writer.write("new");
        }

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void givenNoFileThenTheWriterCreatesItForItsOwnerOnly() throws Exception {
        Path file = folder.resolve("secret.properties");

        try (Writer writer = OwnerOnlyFiles.writer(file)) {
            writer.write("x");
        }

        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
