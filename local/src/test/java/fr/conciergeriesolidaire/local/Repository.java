package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.nio.file.Path;

/** The repository the tests run in (Maven runs them from the module's folder): its layout and its template. */
public final class Repository {
    private static final ProjectLayout LAYOUT = ProjectLayout.above(Path.of("").toAbsolutePath())
            .orElseThrow(() -> new IllegalStateException("Tests must run inside the repository"));
    private static final SamTemplate TEMPLATE = SamTemplate.read(LAYOUT.template());

    private Repository() {}

    public static ProjectLayout layout() {
        return LAYOUT;
    }

    public static Path root() {
        return LAYOUT.root();
    }

    /** template.yaml, parsed once for all the tests. */
    public static SamTemplate template() {
        return TEMPLATE;
    }
}
