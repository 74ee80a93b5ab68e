package fr.conciergeriesolidaire.site.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The content type of each published file, by extension, from {@code site/content-types.properties}: one table for
 * the local runner, the publisher and the deployment's upload to S3, so that all serve a file the same way.
 */
public final class ContentTypes {
    public static final String RESOURCE = "content-types.properties";
    public static final String UNKNOWN = "application/octet-stream";

    private final Map<String, String> byExtension;

    private ContentTypes(Map<String, String> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
    }

    public static ContentTypes fromClasspath() {
        try (InputStream in = ContentTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the site module's jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> types = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> types.put(name, properties.getProperty(name)));
            return new ContentTypes(types);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public Map<String, String> byExtension() {
        return byExtension;
    }

    public String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return byExtension.getOrDefault(extension, UNKNOWN);
    }
}
