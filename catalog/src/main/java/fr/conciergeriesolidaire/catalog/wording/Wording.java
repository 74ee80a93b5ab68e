package fr.conciergeriesolidaire.catalog.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The interface's words, written once in {@code site/templates/messages.properties} (UTF-8): the labels, hints and
 * messages of every form field, read by the site's templates and, packaged at build time, by the functions for their
 * answers, pages and e-mails. A missing key is an error, never an empty string.
 */
public final class Wording extends AbstractMap<String, String> {
    public static final String FILE = "messages.properties";

    private final String resource;
    private Map<String, String> entries;

    private Wording(Map<String, String> entries) {
        this.resource = null;
        this.entries = Map.copyOf(entries);
    }

    private Wording(String resource) {
        this.resource = resource;
    }

    public static Wording load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file, unreadable);
        }
    }

    /**
     * The wording packaged as a classpath resource, read on first use: a function that answers without words (a
     * stored order's JSON) never reads it.
     *
     * @param resource a classpath resource holding a copy of messages.properties
     */
    public static Wording fromClasspath(String resource) {
        return new Wording(resource);
    }

    private synchronized Map<String, String> entries() {
        if (entries == null) {
            try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                entries = read(new InputStreamReader(in, StandardCharsets.UTF_8)).entries;
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read " + resource, unreadable);
            }
        }
        return entries;
    }

    private static Wording read(Reader reader) throws IOException {
        Properties properties = new DuplicateRefusingProperties();
        properties.load(reader);
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return new Wording(entries);
    }

    /** The message for that key, failing loudly when a template or the code asks for one that does not exist. */
    @Override
    public String get(Object key) {
        String message = entries().get(key);
        if (message == null) {
            throw new IllegalArgumentException("Message absent de " + FILE + " : " + key);
        }
        return message;
    }

    /** The message with {@code {0}}, {@code {1}}... replaced by the arguments, in order. */
    public String format(String key, Object... arguments) {
        String message = get(key);
        for (int index = 0; index < arguments.length; index++) {
            message = message.replace("{" + index + "}", String.valueOf(arguments[index]));
        }
        return message;
    }

    @Override
    public boolean containsKey(Object key) {
        return entries().containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries().entrySet();
    }

    /**
     * Properties that refuse a key written twice: the second would silently replace the first everywhere it is used
     * (the site's and the functions' texts share one file, written by several hands).
     */
    private static final class DuplicateRefusingProperties extends Properties {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                throw new IllegalArgumentException(FILE + ": the key " + key + " is written twice");
            }
            return super.put(key, value);
        }
    }
}
