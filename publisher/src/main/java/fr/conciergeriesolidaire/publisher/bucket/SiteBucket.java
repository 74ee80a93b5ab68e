package fr.conciergeriesolidaire.publisher.bucket;

import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/** The site's files in the bucket: each put with its content type and cache header, removed ones deleted. */
public final class SiteBucket {
    /** S3's limit of keys per DeleteObjects call. */
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final ContentTypes contentTypes;

    public SiteBucket(S3Client s3, String bucket, ContentTypes contentTypes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.contentTypes = contentTypes;
    }

    public void put(String path, byte[] content) {
        s3.putObject(
                put -> put.bucket(bucket)
                        .key(path)
                        .contentType(contentTypes.of(path))
                        .cacheControl(CachePolicy.of(path)),
                RequestBody.fromBytes(content));
    }

    /** Deletes the files (absent ones included: deleting twice is fine); fails if any could not be deleted. */
    public void delete(List<String> paths) {
        for (int from = 0; from < paths.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = paths.subList(from, Math.min(paths.size(), from + DELETE_BATCH)).stream()
                    .map(path -> ObjectIdentifier.builder().key(path).build())
                    .toList();
            DeleteObjectsResponse response = s3.deleteObjects(delete -> delete.bucket(bucket)
                    .delete(Delete.builder().objects(batch).quiet(true).build()));
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new IllegalStateException(
                        "Could not delete " + response.errors().size() + " files, first: "
                                + response.errors().get(0).key() + " ("
                                + response.errors().get(0).code() + ")");
            }
        }
    }
}
