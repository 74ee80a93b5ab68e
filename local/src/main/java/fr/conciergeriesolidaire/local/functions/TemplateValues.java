package fr.conciergeriesolidaire.local.functions;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the template's intrinsic functions stand for in a local run: {@code !Ref} of a table is its local name, of a
 * parameter its local value, of a pseudo parameter a local stand-in; {@code !Sub} substitutes those. Anything else
 * (an ARN from {@code !GetAtt}...) has no local meaning and stops the start with the function and variable named.
 */
final class TemplateValues {
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}!]+)}");
    private static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::AccountId", "000000000000",
            "AWS::Partition", "aws",
            "AWS::StackName", "conciergerie-local",
            "AWS::URLSuffix", "amazonaws.com");

    private final SamTemplate template;
    private final Map<String, String> tableNames;
    private final LocalParameters parameters;
    private final String region;

    TemplateValues(SamTemplate template, Map<String, String> tableNames, LocalParameters parameters, String region) {
        this.template = template;
        this.tableNames = tableNames;
        this.parameters = parameters;
        this.region = region;
    }

    String resolve(String functionId, SamTemplate.Intrinsic intrinsic) {
        String value = "!Ref".equals(intrinsic.tag()) && intrinsic.value() instanceof String name
                ? reference(name)
                : "!Sub".equals(intrinsic.tag()) && intrinsic.value() instanceof String text ? substitute(text) : null;
        if (value == null) {
            throw new StartupException(functionId + " : la valeur " + intrinsic.tag() + " " + intrinsic.value()
                    + " de son environnement n'a pas d'équivalent local (seuls !Ref et !Sub de tables, de paramètres"
                    + " et de pseudo-paramètres en ont).");
        }
        return value;
    }

    private String reference(String name) {
        if (tableNames.containsKey(name)) {
            return tableNames.get(name);
        }
        if (template.parameters().contains(name)) {
            return parameters.value(name);
        }
        if ("AWS::Region".equals(name)) {
            return region;
        }
        return PSEUDO_PARAMETERS.get(name);
    }

    private String substitute(String text) {
        Matcher matcher = SUBSTITUTION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = reference(matcher.group(1));
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
