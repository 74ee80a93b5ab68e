package fr.conciergeriesolidaire.site;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a build step before failing, so that one run shows all that needs fixing. */
public final class Problems {
    private final List<String> found = new ArrayList<>();

    /** Records a problem located by "file" or "file:line". */
    public void add(String location, String message) {
        found.add(location + " : " + message);
    }

    public void addAll(Problems others) {
        found.addAll(others.found);
    }

    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new SiteBuildException(found);
        }
    }
}
