package fr.conciergeriesolidaire.publisher.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where the publisher reads and writes, from its environment.
 *
 * @param proposalsTable the residents' proposals, whose count this season the neighbourhood pages show; empty for
 *     the seed import, which builds nothing
 * @param bucket the site bucket; empty for the seed import, which writes to the tables only
 * @param distributionId the CloudFront distribution to invalidate; empty where no CDN serves the bucket (tests)
 * @param siteUrl the site's public address: its own domain, else the distribution's
 * @param dynamoDbEndpoint an emulator's endpoint, empty in AWS
 * @param s3Endpoint an emulator's endpoint, empty in AWS
 * @param placesTable the places the registrations hold (an event whose places are all taken shows full); empty:
 *     events show the status the team gave them
 */
public record PublisherSettings(
        String region,
        String eventsTable,
        String publicationTable,
        Optional<String> proposalsTable,
        Optional<String> bucket,
        Optional<String> distributionId,
        Optional<String> siteUrl,
        Optional<URI> dynamoDbEndpoint,
        Optional<URI> s3Endpoint,
        Optional<String> accessKey,
        Optional<String> secretKey,
        Optional<String> placesTable) {

    public static PublisherSettings from(Variables variables) {
        Optional<String> siteUrl = variables
                .optional("SITE_DOMAIN")
                .or(() -> variables.optional("DISTRIBUTION_DOMAIN"))
                .map(domain -> "https://" + domain);
        return new PublisherSettings(
                variables.required("AWS_REGION"),
                variables.required("EVENTS_TABLE"),
                variables.required("PUBLICATION_TABLE"),
                variables.optional("PROPOSALS_TABLE"),
                variables.optional("SITE_BUCKET"),
                variables.optional("DISTRIBUTION_ID"),
                siteUrl,
                variables.optional("DYNAMODB_ENDPOINT").map(URI::create),
                variables.optional("S3_ENDPOINT").map(URI::create),
                variables.optional("AWS_ACCESS_KEY_ID"),
                variables.optional("AWS_SECRET_ACCESS_KEY"),
                variables.optional("EVENT_PLACES_TABLE"));
    }
}
