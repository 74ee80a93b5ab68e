package fr.conciergeriesolidaire.local.deployment;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Least privilege in the template: no {@code Allow} with a wildcard action, resource or principal (all the
 * actions used here can be scoped), no managed policy by name, SAM policy templates only on the template's own
 * resources, and each function's DynamoDB statements only on tables its environment names. {@code Deny}
 * statements may be broad: they only take rights away.
 */
final class TemplatePermissions {
    static final Set<String> RESOURCE_POLICIES =
            Set.of("AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy");

    private final SamTemplate template;
    private final List<String> problems = new ArrayList<>();

    private TemplatePermissions(SamTemplate template) {
        this.template = template;
    }

    static List<String> problems(SamTemplate template) {
        TemplatePermissions check = new TemplatePermissions(template);
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            check.function(function);
        }
        template.resources().values().stream()
                .filter(resource -> RESOURCE_POLICIES.contains(resource.type()))
                .forEach(resource -> check.statements(
                        resource.logicalId(),
                        SamTemplate.map(resource.properties().get("PolicyDocument"))
                                .get("Statement"),
                        true,
                        Set.of()));
        return check.problems;
    }

    private void function(SamTemplate.FunctionDefinition function) {
        String id = function.logicalId();
        Object policies = template.functionProperty(id, "Policies");
        Set<String> tablesInEnvironment = new java.util.HashSet<>();
        template.environment(id, intrinsic -> {
            if (intrinsic.reference() != null) {
                tablesInEnvironment.add(intrinsic.reference());
            }
            return "";
        });
        tablesInEnvironment.retainAll(template.tables().keySet());
        List<Object> declared = policies == null
                ? List.of()
                : policies instanceof List<?> ? SamTemplate.list(policies) : List.of(policies);
        for (Object policy : declared) {
            if (policy == null) {
                continue;
            }
            if (policy instanceof String managed) {
                problems.add(id + ": managed policy " + managed + " (grant scoped statements instead)");
                continue;
            }
            Map<String, Object> definition = SamTemplate.map(policy);
            if (definition.containsKey("Statement")) {
                statements(id, definition.get("Statement"), false, tablesInEnvironment);
            } else {
                definition.forEach((templateName, parameters) -> SamTemplate.map(parameters)
                        .forEach((parameter, value) -> {
                            if (!(value instanceof SamTemplate.Intrinsic intrinsic)
                                    || !template.resources().containsKey(intrinsic.reference())) {
                                problems.add(id + ": " + templateName + "." + parameter
                                        + " must be a !Ref of a resource of this template");
                            }
                        }));
            }
        }
    }

    private void statements(String owner, Object statements, boolean resourcePolicy, Set<String> tables) {
        for (Object item : SamTemplate.list(statements)) {
            Map<String, Object> statement = SamTemplate.map(item);
            if (!"Allow".equals(statement.get("Effect"))) {
                continue;
            }
            List<String> actions = strings(statement.get("Action"));
            if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
                problems.add(owner + ": NotAction/NotResource in an Allow statement");
            }
            if (actions.isEmpty() || actions.stream().anyMatch(action -> action.contains("*"))) {
                problems.add(owner + ": wildcard or missing action in " + actions);
            }
            List<Object> resources = statement.get("Resource") instanceof List<?>
                    ? SamTemplate.list(statement.get("Resource"))
                    : java.util.Collections.singletonList(statement.get("Resource"));
            resources.stream()
                    .filter(TemplatePermissions::isWildcard)
                    .forEach(resource -> problems.add(owner + ": wildcard resource " + resource + " for " + actions));
            if (resourcePolicy && String.valueOf(statement.get("Principal")).contains("*")) {
                problems.add(owner + ": Allow to any principal");
            }
            if (!resourcePolicy && actions.stream().anyMatch(action -> action.startsWith("dynamodb:"))) {
                for (Object resource : resources) {
                    String table = tableOf(resource);
                    if (table == null || !tables.contains(table)) {
                        problems.add(owner + ": DynamoDB rights on " + resource + ", not a table its environment names "
                                + tables);
                    }
                }
            }
            if (!resourcePolicy && actions.stream().anyMatch(action -> action.startsWith("ses:"))) {
                boolean scoped = resources.stream()
                        .allMatch(resource -> resource instanceof SamTemplate.Intrinsic intrinsic
                                && String.valueOf(intrinsic.value()).contains(":identity/${MailIdentity}"));
                if (!scoped) {
                    problems.add(owner + ": SES rights must be on the MailIdentity identity only");
                }
            }
        }
    }

    /** A literal with a wildcard, or a !Sub with one other than "all objects of this template's bucket". */
    private static boolean isWildcard(Object resource) {
        if (resource instanceof SamTemplate.Intrinsic intrinsic) {
            String value = String.valueOf(intrinsic.value());
            return value.contains("*") && !value.matches("\\$\\{[A-Za-z0-9]+\\.Arn}/\\*");
        }
        return String.valueOf(resource).contains("*");
    }

    /** The table a DynamoDB resource names: {@code !GetAtt T.Arn} or {@code !Sub "${T.Arn}/index/..."}. */
    private static String tableOf(Object resource) {
        if (resource instanceof SamTemplate.Intrinsic intrinsic) {
            String value = String.valueOf(intrinsic.value());
            if ("!GetAtt".equals(intrinsic.tag()) && value.endsWith(".Arn")) {
                return value.substring(0, value.length() - ".Arn".length());
            }
            if ("!Sub".equals(intrinsic.tag()) && value.startsWith("${") && value.contains(".Arn}")) {
                return value.substring(2, value.indexOf(".Arn}"));
            }
        }
        return null;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
    }
}
