package fr.conciergeriesolidaire.publisher.cdn;

import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;

/**
 * One CreateInvalidation call, nothing else (CloudFront has no emulator: the paths are computed and tested in
 * {@link InvalidationPaths}). The caller reference is new for each call: a retried publish invalidates again.
 */
public final class CloudFrontInvalidation implements Cdn {
    private final CloudFrontClient cloudFront;
    private final String distributionId;

    public CloudFrontInvalidation(CloudFrontClient cloudFront, String distributionId) {
        this.cloudFront = cloudFront;
        this.distributionId = distributionId;
    }

    @Override
    public void invalidate(List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        cloudFront.createInvalidation(request -> request.distributionId(distributionId)
                .invalidationBatch(
                        batch -> batch.callerReference(UUID.randomUUID().toString())
                                .paths(list -> list.quantity(paths.size()).items(paths))));
    }
}
