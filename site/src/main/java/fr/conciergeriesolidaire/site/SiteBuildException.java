package fr.conciergeriesolidaire.site;

import java.util.List;

/** The site cannot be built as it stands: every problem found is listed, each with its file (and line). */
public class SiteBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public SiteBuildException(List<String> problems) {
        this(problems, null);
    }

    public SiteBuildException(List<String> problems, Throwable cause) {
        super("Le site n'a pas pu être construit :\n  - " + String.join("\n  - ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
