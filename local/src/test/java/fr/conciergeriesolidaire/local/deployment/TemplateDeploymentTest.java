package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import fr.conciergeriesolidaire.local.streams.Schedules;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** How the stack runs in AWS: functions, the stream and its failures, alarms, the site behind CloudFront. */
class TemplateDeploymentTest {
    private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private static final String COMPANION_WAF_TEMPLATE = "cloudfront-waf.yaml";

    private final SamTemplate template = Repository.template();

    @Test
    void everyFunctionRunsASupportedJavaWithSnapStartOnItsPublishedVersions() {
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            String id = function.logicalId();
            assertThat(template.functionProperty(id, "Runtime")).as(id).isIn("java21", "java25");
            assertThat(template.functionProperty(id, "AutoPublishAlias")).as(id).isNotNull();
            assertThat(SamTemplate.map(template.functionProperty(id, "SnapStart")))
                    .as(id)
                    .containsEntry("ApplyOn", "PublishedVersions");
            assertThat(template.functionProperty(id, "MemorySize")).as(id).isInstanceOf(Integer.class);
            assertThat(template.functionProperty(id, "Timeout")).as(id).isInstanceOf(Integer.class);
        }
    }

    @Test
    void streamFailuresAreRetriedItemByItemThenKeptInAnAlarmedQueue() {
        List<SamTemplate.EventSource> streams = template.functions().stream()
                .flatMap(function -> function.eventsOfType(EventSources.DYNAMODB_STREAM).stream())
                .toList();
        assertThat(streams).isNotEmpty();
        for (SamTemplate.EventSource stream : streams) {
            Map<String, Object> properties = stream.properties();
            assertThat(SamTemplate.list(properties.get("FunctionResponseTypes")))
                    .contains("ReportBatchItemFailures");
            assertThat(properties).containsEntry("BisectBatchOnFunctionError", true);
            assertThat((Integer) properties.get("MaximumRetryAttempts")).isBetween(0, 10);
            Map<String, Object> onFailure = SamTemplate.map(
                    SamTemplate.map(properties.get("DestinationConfig")).get("OnFailure"));
            assertThat(onFailure).containsEntry("Type", "SQS");
            String queue = String.valueOf(((SamTemplate.Intrinsic) onFailure.get("Destination")).value())
                    .replace(".Arn", "");
            assertThat(template.resources().get(queue).type()).isEqualTo("AWS::SQS::Queue");
            assertThat(alarms())
                    .as("an alarm watches " + queue)
                    .anyMatch(alarm ->
                            alarm.toString().contains("Value=Intrinsic[tag=!GetAtt, value=" + queue + ".QueueName]"));
        }
    }

    @Test
    void everyScheduleRunsLocallyToo() {
        template.functions()
                .forEach(function -> function.eventsOfType(EventSources.SCHEDULE)
                        .forEach(schedule -> assertThat(Schedules.rate(
                                        String.valueOf(schedule.properties().get("Schedule"))))
                                .as(function.logicalId())
                                .isPresent()));
    }

    @Test
    void theErrorsAlarmsWatchEveryFunctionAtMostTenEachAndEveryAlarmTellsTheTopic() {
        List<List<String>> alarms = template.resources().entrySet().stream()
                .filter(resource -> resource.getKey().startsWith("FunctionErrorsAlarm"))
                .map(resource -> watchedFunctions(resource.getValue().properties()))
                .toList();

        assertThat(alarms)
                .as("CloudWatch refuses a metric-math alarm over more than 10 metrics")
                .allSatisfy(watched -> assertThat(watched).hasSizeBetween(1, 10));
        assertThat(alarms.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(template.functions().stream()
                        .map(SamTemplate.FunctionDefinition::logicalId)
                        .toList());
        assertThat(alarms())
                .allSatisfy(alarm ->
                        assertThat(alarm.get("AlarmActions").toString()).contains("!Ref, value=AlarmTopic"));
    }

    /** The functions whose errors an alarm sums (one metric each). */
    private static List<String> watchedFunctions(Map<String, Object> alarm) {
        return SamTemplate.list(alarm.get("Metrics")).stream()
                .map(SamTemplate::map)
                .filter(metric -> metric.containsKey("MetricStat"))
                .map(metric -> SamTemplate.map(
                        SamTemplate.map(metric.get("MetricStat")).get("Metric")))
                .flatMap(metric -> SamTemplate.list(metric.get("Dimensions")).stream())
                .map(dimension ->
                        ((SamTemplate.Intrinsic) SamTemplate.map(dimension).get("Value")).reference())
                .toList();
    }

    @Test
    void theApiIsThrottledAndAllowsNoOtherOriginThanTheSite() {
        Map<String, Object> api = template.resources().get("HttpApi").properties();
        assertThat(SamTemplate.map(api.get("DefaultRouteSettings")))
                .containsKeys("ThrottlingBurstLimit", "ThrottlingRateLimit");
        assertThat(api.get("CorsConfiguration").toString())
                .contains("https://${SiteDomain}")
                .doesNotContain("'*'", "=*");
    }

    @Test
    void theSiteBucketIsPrivateEncryptedAndReadOnlyByTheDistribution() {
        Map<String, Object> bucket = template.resources().get("SiteBucket").properties();
        assertThat(SamTemplate.map(bucket.get("PublicAccessBlockConfiguration")).values())
                .hasSize(4)
                .containsOnly(true);
        assertThat(bucket).containsKey("BucketEncryption");
        Map<String, Object> origin = SamTemplate.map(
                siteDistribution().get("Origins") instanceof List<?> origins ? origins.get(0) : Map.of());
        assertThat(origin).containsKey("OriginAccessControlId");
        assertThat(template.resources().get("SiteBucketPolicy").properties().toString())
                .contains("AWS:SourceArn")
                .contains("distribution/${SiteDistribution}");
    }

    @Test
    void theDistributionServesFoldersAndTheSites404PageAndForwardsTheApiUncached() throws Exception {
        Map<String, Object> distribution = siteDistribution();
        assertThat(distribution).containsEntry("DefaultRootObject", "index.html");
        Map<String, Object> notFound = SamTemplate.map(
                SamTemplate.list(distribution.get("CustomErrorResponses")).get(0));
        // S3 hides a missing page behind a 403 when CloudFront may not list the bucket; the API's 404s pass as they
        // are.
        assertThat(notFound).containsEntry("ErrorCode", 403).containsEntry("ResponseCode", 404);
        assertThat(template.resources().get("SiteBucketPolicy").properties().toString())
                .doesNotContain("s3:ListBucket");
        assertThat(Files.isRegularFile(Repository.layout()
                        .siteOutput()
                        .resolve(
                                String.valueOf(notFound.get("ResponsePagePath")).substring(1))))
                .as("the error page is built")
                .isTrue();
        assertThat(SamTemplate.map(distribution.get("DefaultCacheBehavior")).toString())
                .contains("viewer-request")
                .contains("DirectoryIndexFunction.FunctionMetadata.FunctionARN");

        Map<String, Object> api = cacheBehaviour("/api/*");
        assertThat(api).containsEntry("CachePolicyId", CACHING_DISABLED);
        assertThat(SamTemplate.list(api.get("AllowedMethods"))).hasSize(7);
        assertThat(api.get("ResponseHeadersPolicyId"))
                .isEqualTo(SamTemplate.map(distribution.get("DefaultCacheBehavior"))
                        .get("ResponseHeadersPolicyId"));
    }

    @Test
    void cloudFrontSendsTheHeadersTheFunctionsReadToTrustTheVisitorsAddress() {
        Map<String, Object> request = SamTemplate.map(
                template.resources().get("ApiOriginRequestPolicy").properties().get("OriginRequestPolicyConfig"));
        List<String> forwarded = SamTemplate.list(
                        SamTemplate.map(request.get("HeadersConfig")).get("Headers"))
                .stream()
                .map(header -> String.valueOf(header).toLowerCase(Locale.ROOT))
                .toList();
        assertThat(forwarded).contains(ClientAddress.VIEWER_ADDRESS_HEADER, "content-type", "accept");
        assertThat(forwarded).doesNotContain("host");
        assertThat(SamTemplate.map(request.get("QueryStringsConfig"))).containsEntry("QueryStringBehavior", "all");

        Map<String, Object> apiOrigin = SamTemplate.map(
                SamTemplate.list(siteDistribution().get("Origins")).get(1));
        Map<String, Object> secret = SamTemplate.map(
                SamTemplate.list(apiOrigin.get("OriginCustomHeaders")).get(0));
        assertThat(String.valueOf(secret.get("HeaderName")).toLowerCase(Locale.ROOT))
                .isEqualTo(OriginGate.ORIGIN_SECRET_HEADER);
        assertThat(((SamTemplate.Intrinsic) secret.get("HeaderValue")).reference())
                .isEqualTo("OriginSecret");
        assertThat(template.functions().stream()
                        .filter(function ->
                                !function.eventsOfType(EventSources.HTTP_API).isEmpty()))
                .as("every function behind the API gets the secret, and refuses what does not carry it")
                .allSatisfy(function -> assertThat(template.environment(
                                function.logicalId(), intrinsic -> Objects.toString(intrinsic.reference())))
                        .containsEntry(OriginGate.ORIGIN_SECRET_VARIABLE, "OriginSecret"));
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        SecurityHeaders headers = SecurityHeaders.fromTemplate(template);
        String policy = headers.valueOf("Content-Security-Policy");

        assertThat(policy)
                .startsWith("default-src 'self'")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(headers.valueOf("Strict-Transport-Security")).startsWith("max-age=63072000");
        assertThat(headers.valueOf("Referrer-Policy")).isNotBlank();
        assertThat(headers.valueOf("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.valueOf("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aWebAclMadeByTheCompanionTemplateLimitsEachClientBeforeTheApisSharedThrottle() throws Exception {
        Map<String, Object> parameter = SamTemplate.map(
                SamTemplate.map(template.document().get("Parameters")).get("WebAclArn"));
        assertThat(parameter).containsEntry("Default", "");
        assertThat(String.valueOf(parameter.get("AllowedPattern")))
                .as("CloudFront's web ACLs are global, made in us-east-1")
                .contains(":wafv2:us-east-1:", ":global/webacl/");
        assertThat(siteDistribution().get("WebACLId"))
                .isEqualTo(new SamTemplate.Intrinsic(
                        "!If",
                        List.of(
                                "HasWebAcl",
                                new SamTemplate.Intrinsic("!Ref", "WebAclArn"),
                                new SamTemplate.Intrinsic("!Ref", "AWS::NoValue"))));

        SamTemplate waf = SamTemplate.read(Repository.root().resolve(COMPANION_WAF_TEMPLATE));
        List<SamTemplate.Resource> acls = waf.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::WAFv2::WebACL"))
                .toList();
        assertThat(acls).hasSize(1);
        Map<String, Object> acl = acls.get(0).properties();
        assertThat(acl).containsEntry("Scope", "CLOUDFRONT");
        List<Map<String, Object>> limits = SamTemplate.list(acl.get("Rules")).stream()
                .map(SamTemplate::map)
                .filter(rule -> SamTemplate.map(rule.get("Statement")).containsKey("RateBasedStatement"))
                .toList();
        assertThat(limits).as("a per-address limit on the API, blocking").anySatisfy(rule -> {
            Map<String, Object> rate =
                    SamTemplate.map(SamTemplate.map(rule.get("Statement")).get("RateBasedStatement"));
            assertThat(rate).containsEntry("AggregateKeyType", "IP");
            assertThat(rate.get("ScopeDownStatement").toString()).contains("SearchString=/api/");
            assertThat(SamTemplate.map(rule.get("Action"))).containsKey("Block");
        });
        assertThat(SamTemplate.map(
                        SamTemplate.map(waf.document().get("Outputs")).get("WebAclArn")))
                .containsEntry("Value", new SamTemplate.Intrinsic("!GetAtt", "WebAcl.Arn"));
        assertThat(Files.readString(Repository.root().resolve("README.md")))
                .as("the README says how to deploy it, and why")
                .contains(COMPANION_WAF_TEMPLATE, "WebAclArn", "us-east-1");
    }

    @Test
    void theOutputsGiveWhatTheDeploymentWorkflowReads() {
        assertThat(SamTemplate.map(template.document().get("Outputs")))
                .containsKeys("ApiUrl", "SiteUrl", "SiteBucketName", "DistributionId");
    }

    /** The distribution's behaviour of that path pattern. */
    private Map<String, Object> cacheBehaviour(String pathPattern) {
        return SamTemplate.list(siteDistribution().get("CacheBehaviors")).stream()
                .map(SamTemplate::map)
                .filter(behaviour -> pathPattern.equals(behaviour.get("PathPattern")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No behaviour for " + pathPattern));
    }

    private Map<String, Object> siteDistribution() {
        return SamTemplate.map(
                template.resources().get("SiteDistribution").properties().get("DistributionConfig"));
    }

    private List<Map<String, Object>> alarms() {
        return template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::CloudWatch::Alarm"))
                .map(SamTemplate.Resource::properties)
                .toList();
    }
}
