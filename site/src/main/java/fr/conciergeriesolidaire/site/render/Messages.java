package fr.conciergeriesolidaire.site.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The interface's words, kept in one file beside the templates ({@code templates/messages.properties}, UTF-8) so
 * that wording is changed in one place. Exposed to the templates as {@code msg}; a missing key is an error, not
 * an empty string.
 */
public final class Messages extends AbstractMap<String, String> {
    public static final String FILE = "messages.properties";

    private final Map<String, String> entries;

    private Messages(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Messages load(Path templateFolder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(templateFolder.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + templateFolder.resolve(FILE), unreadable);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return new Messages(entries);
    }

    /** The message for that key, failing loudly when a template or the code asks for one that does not exist. */
    @Override
    public String get(Object key) {
        String message = entries.get(key);
        if (message == null) {
            throw new IllegalArgumentException("Message absent de " + FILE + " : " + key);
        }
        return message;
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries.entrySet();
    }
}
