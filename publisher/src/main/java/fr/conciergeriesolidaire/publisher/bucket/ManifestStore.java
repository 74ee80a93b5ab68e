package fr.conciergeriesolidaire.publisher.bucket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The manifest of the last publish, kept in the site bucket under {@value #KEY}: beside what it describes, written by
 * the same rights, one atomic object (S3 replaces an object whole), and out of the site's paths (the builder never
 * writes {@code _publication/}, and the bucket policy denies CloudFront that prefix, so it is never served).
 */
public final class ManifestStore {
    public static final String KEY = "_publication/manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;

    public ManifestStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The last manifest written, or {@link Manifest#NONE} before the first publish. */
    public Manifest read() {
        try {
            byte[] json =
                    s3.getObjectAsBytes(get -> get.bucket(bucket).key(KEY)).asByteArray();
            return parse(json);
        } catch (NoSuchKeyException first) {
            return Manifest.NONE;
        }
    }

    public void write(Manifest manifest) {
        s3.putObject(
                put -> put.bucket(bucket)
                        .key(KEY)
                        .contentType("application/json")
                        .cacheControl("no-store"),
                RequestBody.fromBytes(json(manifest)));
    }

    static byte[] json(Manifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("changes", manifest.changes());
        ObjectNode files = root.putObject("files");
        manifest.files().forEach(files::put);
        manifest.unsure().forEach(root.putArray("unsure")::add);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static Manifest parse(byte[] json) {
        try {
            var root = JSON.readTree(json);
            Map<String, String> files = new TreeMap<>();
            root.path("files")
                    .properties()
                    .forEach(entry -> files.put(entry.getKey(), entry.getValue().asText()));
            Set<String> unsure = new TreeSet<>();
            root.path("unsure").forEach(path -> unsure.add(path.asText()));
            return new Manifest(root.path("changes").asLong(-1), files, unsure);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Unreadable manifest " + KEY, unreadable);
        }
    }
}
