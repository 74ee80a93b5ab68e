package fr.conciergeriesolidaire.local.deployment;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name the template refers to, checked against what it declares: {@code !Ref} (resource, parameter or
 * pseudo parameter), {@code !GetAtt} (resource), the {@code ${...}} of {@code !Sub}, the conditions of {@code !If}
 * and of resources, and {@code DependsOn}.
 */
final class TemplateReferences {
    static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]+)}");

    private final Set<String> resources;
    private final Set<String> parameters;
    private final Set<String> conditions;
    private final List<String> problems = new ArrayList<>();

    private TemplateReferences(SamTemplate template) {
        this.resources = template.resources().keySet();
        this.parameters = template.parameters();
        this.conditions = SamTemplate.map(template.document().get("Conditions")).keySet();
    }

    static List<String> problems(SamTemplate template) {
        TemplateReferences check = new TemplateReferences(template);
        template.resources().forEach((id, resource) -> {
            Object condition = resource.definition().get("Condition");
            if (condition != null && !check.conditions.contains(String.valueOf(condition))) {
                check.problems.add(id + ": unknown condition " + condition);
            }
            Object dependsOn = resource.definition().get("DependsOn");
            List<Object> dependencies = dependsOn instanceof List<?> ? SamTemplate.list(dependsOn) : List.of();
            if (dependsOn instanceof String single) {
                dependencies = List.of(single);
            }
            for (Object dependency : dependencies) {
                if (!check.resources.contains(String.valueOf(dependency))) {
                    check.problems.add(id + ": DependsOn unknown resource " + dependency);
                }
            }
        });
        check.walk(template.document(), "");
        return check.problems;
    }

    private void walk(Object node, String path) {
        if (node instanceof SamTemplate.Intrinsic intrinsic) {
            check(intrinsic, path);
            walk(intrinsic.value(), path);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "/" + key));
        } else if (node instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                walk(list.get(index), path + "/" + index);
            }
        }
    }

    private void check(SamTemplate.Intrinsic intrinsic, String path) {
        Object value = intrinsic.value();
        switch (intrinsic.tag()) {
            case "!Ref" -> requireReferable(samReference(String.valueOf(value)), path, Set.of());
            case "!GetAtt" -> {
                String target = value instanceof List<?> list
                        ? String.valueOf(list.get(0))
                        : String.valueOf(value).split("\\.", 2)[0];
                if (!resources.contains(target)) {
                    problems.add(path + ": !GetAtt of unknown resource " + target);
                }
            }
            case "!Sub" -> {
                String text = value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value);
                Set<String> variables = value instanceof List<?> list && list.size() > 1
                        ? SamTemplate.map(list.get(1)).keySet()
                        : Set.of();
                Matcher matcher = SUBSTITUTION.matcher(text);
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (!name.startsWith("!")) {
                        requireReferable(name.split("\\.", 2)[0], path, variables);
                    }
                }
            }
            case "!If" -> {
                String condition = String.valueOf(SamTemplate.list(value).get(0));
                if (!conditions.contains(condition)) {
                    problems.add(path + ": !If on unknown condition " + condition);
                }
            }
            case "!Condition" -> {
                if (!conditions.contains(String.valueOf(value))) {
                    problems.add(path + ": unknown condition " + value);
                }
            }
            default -> {
                // Other intrinsics (!Not, !Equals, !And, !Select, !Join...) name nothing themselves.
            }
        }
    }

    /**
     * SAM's references to what a function with {@code AutoPublishAlias} publishes ({@code !Ref F.Alias}, {@code !Ref
     * F.Version}) name the function.
     */
    private static String samReference(String name) {
        return name.endsWith(".Alias") || name.endsWith(".Version") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private void requireReferable(String name, String path, Set<String> localVariables) {
        Set<String> known = new HashSet<>(resources);
        known.addAll(parameters);
        known.addAll(PSEUDO_PARAMETERS);
        known.addAll(localVariables);
        if (!known.contains(name)) {
            problems.add(path + ": reference to unknown " + name);
        }
    }
}
