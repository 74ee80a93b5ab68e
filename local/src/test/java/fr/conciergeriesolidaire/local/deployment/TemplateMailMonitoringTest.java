package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.local.Repository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failures of the e-mails that someone must see without SES's help: given-up notifications counted from the
 * functions' logs, SES's reputation alarmed before SES reviews the account, and each bounce or complaint published
 * to a topic of its own. Every alarm tells the alarm topic (TemplateDeploymentTest).
 */
class TemplateMailMonitoringTest {
    /** The token the notifiers log, and nothing else, when they give an e-mail up. */
    private static final String GIVEN_UP_TOKEN = Notifier.GIVEN_UP;

    private final SamTemplate template = Repository.template();

    @Test
    void givenUpNotificationsAreCountedFromEveryFunctionsLogsAndAlarmedAtTheFirstOne() {
        Map<String, Object> logging = SamTemplate.map(
                template.functionProperty(template.functions().get(0).logicalId(), "LoggingConfig"));
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            assertThat(SamTemplate.map(template.functionProperty(function.logicalId(), "LoggingConfig")))
                    .as(function.logicalId() + " logs where the filter reads")
                    .isEqualTo(logging)
                    .containsEntry("LogGroup", new SamTemplate.Intrinsic("!Ref", "FunctionLogs"));
        }
        Map<String, Object> filter = single("AWS::Logs::MetricFilter");
        assertThat(filter.get("LogGroupName")).isEqualTo(new SamTemplate.Intrinsic("!Ref", "FunctionLogs"));
        assertThat(filter.get("FilterPattern")).isEqualTo("\"" + GIVEN_UP_TOKEN + "\"");
        Map<String, Object> metric = SamTemplate.map(
                SamTemplate.list(filter.get("MetricTransformations")).get(0));
        assertThat(metric).containsEntry("MetricValue", "1");

        Map<String, Object> alarm = alarmOn(metric.get("MetricNamespace"), metric.get("MetricName"));
        assertThat(alarm)
                .containsEntry("Statistic", "Sum")
                .containsEntry("Threshold", 0)
                .containsEntry("ComparisonOperator", "GreaterThanThreshold")
                .containsEntry("TreatMissingData", "notBreaching");
    }

    @Test
    void sesReputationIsAlarmedALittleBeforeTheRatesAtWhichSesReviewsTheAccount() {
        assertThat(threshold(alarmOn("AWS/SES", "Reputation.BounceRate")))
                .as("SES reviews an account at a 5 % bounce rate")
                .isBetween(0.03, 0.049);
        assertThat(threshold(alarmOn("AWS/SES", "Reputation.ComplaintRate")))
                .as("SES reviews an account at a 0.1 % complaint rate")
                .isBetween(0.0005, 0.00099);
        for (String metric : List.of("Reputation.BounceRate", "Reputation.ComplaintRate")) {
            assertThat(alarmOn("AWS/SES", metric))
                    .as(metric + ": the account's rate, as SES reviews it")
                    .doesNotContainKey("Dimensions")
                    .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold");
        }
    }

    @Test
    void bouncesComplaintsRejectionsAndDelaysOfTheConfigurationSetGoToTheMailEventsTopic() {
        Map<String, Object> configurationSet =
                template.resources().get("MailConfigurationSet").properties();
        assertThat(template.resources().get("MailConfigurationSet").type()).isEqualTo("AWS::SES::ConfigurationSet");
        assertThat(SamTemplate.map(configurationSet.get("ReputationOptions")))
                .containsEntry("ReputationMetricsEnabled", true);

        Map<String, Object> destination = single("AWS::SES::ConfigurationSetEventDestination");
        assertThat(destination.get("ConfigurationSetName"))
                .isEqualTo(new SamTemplate.Intrinsic("!Ref", "MailConfigurationSet"));
        Map<String, Object> events = SamTemplate.map(destination.get("EventDestination"));
        assertThat(events).containsEntry("Enabled", true);
        assertThat(SamTemplate.list(events.get("MatchingEventTypes")))
                .contains("bounce", "complaint", "reject", "deliveryDelay");
        assertThat(SamTemplate.map(events.get("SnsDestination")))
                .containsEntry("TopicARN", new SamTemplate.Intrinsic("!Ref", "MailEventsTopic"));
        assertThat(template.resources().get("MailEventsTopic").type()).isEqualTo("AWS::SNS::Topic");

        SamTemplate.Resource policy = template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::SNS::TopicPolicy"))
                .filter(resource ->
                        resource.properties().get("Topics").toString().contains("MailEventsTopic"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("SES needs a topic policy to publish to MailEventsTopic"));
        assertThat(policy.properties().get("PolicyDocument").toString())
                .contains(
                        "ses.amazonaws.com",
                        "sns:Publish",
                        "AWS:SourceAccount",
                        "configuration-set/${MailConfigurationSet}");
        assertThat(String.valueOf(template.resources()
                        .get("MailEventDestination")
                        .definition()
                        .get("DependsOn")))
                .as("SES checks its right to publish when the destination is created")
                .contains(policy.logicalId());
    }

    @Test
    void theOutputsNameTheConfigurationSetAndTheMailEventsTopic() {
        Map<String, Object> outputs = SamTemplate.map(template.document().get("Outputs"));

        assertThat(SamTemplate.map(outputs.get("MailConfigurationSetName")))
                .containsEntry("Value", new SamTemplate.Intrinsic("!Ref", "MailConfigurationSet"));
        assertThat(SamTemplate.map(outputs.get("MailEventsTopicArn")))
                .containsEntry("Value", new SamTemplate.Intrinsic("!Ref", "MailEventsTopic"));
    }

    private Map<String, Object> single(String type) {
        List<Map<String, Object>> found = template.resources().values().stream()
                .filter(resource -> resource.type().equals(type))
                .map(SamTemplate.Resource::properties)
                .toList();
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private Map<String, Object> alarmOn(Object namespace, Object metricName) {
        List<Map<String, Object>> alarms = template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::CloudWatch::Alarm"))
                .map(SamTemplate.Resource::properties)
                .filter(alarm -> namespace.equals(alarm.get("Namespace")) && metricName.equals(alarm.get("MetricName")))
                .toList();
        assertThat(alarms).as("alarms on " + namespace + " " + metricName).hasSize(1);
        assertThat(alarms.get(0).get("AlarmActions").toString()).contains("!Ref, value=AlarmTopic");
        return alarms.get(0);
    }

    private static double threshold(Map<String, Object> alarm) {
        return ((Number) alarm.get("Threshold")).doubleValue();
    }
}
