package fr.conciergeriesolidaire.site.render;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The interface's words ({@code templates/messages.properties}, see {@link Wording}), exposed to the templates as
 * {@code msg}; the functions read the same file, packaged with them, for their answers and e-mails.
 */
public final class Messages extends AbstractMap<String, String> {
    public static final String FILE = Wording.FILE;

    private final Wording wording;

    private Messages(Wording wording) {
        this.wording = wording;
    }

    public static Messages load(Path templateFolder) {
        return new Messages(Wording.load(templateFolder.resolve(FILE)));
    }

    /** The message for that key, failing loudly when a template or the code asks for one that does not exist. */
    @Override
    public String get(Object key) {
        return wording.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return wording.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return wording.entrySet();
    }
}
