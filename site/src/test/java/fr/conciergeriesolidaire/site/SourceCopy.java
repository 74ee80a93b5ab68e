package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the real sources in a temporary folder, for tests that change them; and the edits they make. */
public final class SourceCopy {
    private SourceCopy() {}

    /** The real content and data copied under {@code folder}, built with the real theme into {@code folder/out}. */
    public static SiteSources of(Path folder) {
        return withTheme(Path.of("."), folder);
    }

    /** The real content and data copied under {@code folder}, built with {@code theme}. */
    public static SiteSources withTheme(Path theme, Path folder) {
        copyTree(Path.of("content"), folder.resolve("content"));
        copyTree(Path.of("data"), folder.resolve("data"));
        return new SiteSources(theme, folder.resolve("content"), folder.resolve("data"), folder.resolve("out"));
    }

    /** A copy of the real theme (templates, assets, jbake.properties) under {@code folder}, to be edited. */
    public static Path theme(Path folder) {
        copyTree(Path.of("templates"), folder.resolve("templates"));
        copyTree(Path.of("assets"), folder.resolve("assets"));
        try {
            Files.copy(Path.of("jbake.properties"), folder.resolve("jbake.properties"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return folder;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Replaces text in a file, checking first that the text is there (a test must not edit nothing). */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
