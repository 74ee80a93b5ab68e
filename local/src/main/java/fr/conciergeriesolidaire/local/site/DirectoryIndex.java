package fr.conciergeriesolidaire.local.site;

import java.util.regex.Pattern;

/**
 * How an address, as the visitor sent it (still percent-encoded), names a file, as S3 cannot tell by itself:
 * {@code /x/} is {@code /x/index.html}, and {@code /x} with no extension is a folder whose address lacks its slash
 * (redirected to {@code /x/}). Repeated slashes collapse into one, and an address holding a backslash, a control
 * character or an encoded slash, backslash or control character names nothing: browsers read {@code //host/x},
 * {@code /\host} (and, dropping tabs, {@code /<tab>/host}) in a redirect as another site. template.yaml's
 * CloudFront Function applies this same rule in front of S3; a test runs both on the same addresses.
 */
public final class DirectoryIndex {
    private static final Pattern NAMES_NOTHING =
            Pattern.compile("[\\\\\\x00-\\x1f\\x7f]|%(2f|5c|[01][0-9a-f]|7f)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATED_SLASHES = Pattern.compile("//+");

    /** What CloudFront does with an address. */
    public enum Answer {
        /** Serve the file at {@link Resolution#path()} (still percent-encoded). */
        FILE,
        /** Redirect (301) to {@link Resolution#path()}. */
        REDIRECT,
        /** 404 without asking S3. */
        NOT_FOUND
    }

    /** The answer and, for a file or a redirect, its path. */
    public record Resolution(Answer answer, String path) {}

    private DirectoryIndex() {}

    /** @param rawPath the request's path as sent, before any percent-decoding */
    public static Resolution resolve(String rawPath) {
        // CloudFront only ever hands its function a path starting with a slash; the runner's server is less strict.
        if (!rawPath.startsWith("/") || NAMES_NOTHING.matcher(rawPath).find()) {
            return new Resolution(Answer.NOT_FOUND, null);
        }
        String path = REPEATED_SLASHES.matcher(rawPath).replaceAll("/");
        if (path.endsWith("/")) {
            return new Resolution(Answer.FILE, path + "index.html");
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? new Resolution(Answer.FILE, path) : new Resolution(Answer.REDIRECT, path + "/");
    }
}
