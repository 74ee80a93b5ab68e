package fr.conciergeriesolidaire.functions.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The site's response page (built by the site into _shell/reponse.html and packaged here): the normal layout
 * with one {@code @@TITLE@@} and one {@code @@MAIN@@} token, so API answers look like the rest of the site.
 */
public final class ResponseShell {
    public static final String CLASSPATH_RESOURCE = "site-shell/reponse.html";
    private static final String TITLE = "@@TITLE@@";
    private static final String MAIN = "@@MAIN@@";

    private final String before;
    private final String between;
    private final String after;

    ResponseShell(String page) {
        int title = page.indexOf(TITLE);
        int main = page.indexOf(MAIN);
        if (title < 0 || main < title || page.indexOf(TITLE, title + 1) >= 0 || page.indexOf(MAIN, main + 1) >= 0) {
            throw new IllegalStateException("The response shell must hold one " + TITLE + " then one " + MAIN);
        }
        this.before = page.substring(0, title);
        this.between = page.substring(title + TITLE.length(), main);
        this.after = page.substring(main + MAIN.length());
    }

    public static ResponseShell fromClasspath() {
        try (InputStream in = ResponseShell.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath");
            }
            return new ResponseShell(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full page; {@code title} is plain text (escaped here), {@code mainHtml} is already safe HTML. */
    public String page(String title, String mainHtml) {
        return before + Html.escape(title) + between + mainHtml + after;
    }
}
