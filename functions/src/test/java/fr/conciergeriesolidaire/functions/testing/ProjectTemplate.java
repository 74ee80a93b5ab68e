package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.util.HashMap;
import java.util.Map;

/** The repository's template.yaml, and the environment it gives a function, with placeholder names and secret. */
public final class ProjectTemplate {
    private ProjectTemplate() {}

    public static SamTemplate read() {
        return SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml"));
    }

    /** Every variable the template sets for that function; table names are "<logical id>-name". */
    public static Map<String, String> environment(SamTemplate template, String functionId) {
        Map<String, String> environment = new HashMap<>(template.environment(functionId, intrinsic -> {
            if ("HashSecret".equals(intrinsic.reference())) {
                return "template-test-secret-of-32-characters-at-least";
            }
            if ("AdminEmail".equals(intrinsic.reference())) {
                return "admin@exemple.fr";
            }
            return intrinsic.reference() + "-name";
        }));
        environment.put("AWS_REGION", "eu-west-3");
        return environment;
    }
}
