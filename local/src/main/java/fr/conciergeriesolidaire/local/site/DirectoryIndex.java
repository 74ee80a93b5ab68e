package fr.conciergeriesolidaire.local.site;

/**
 * How a path names a file, as S3 cannot tell by itself: {@code /x/} is {@code /x/index.html}, and {@code /x} with no
 * extension is a folder whose address lacks its slash (redirected to {@code /x/}). template.yaml's CloudFront Function
 * applies this same rule in front of S3; a test runs both on the same paths.
 */
public final class DirectoryIndex {
    /** Either the file to serve or the address to redirect to. */
    public record Resolution(String file, String redirect) {}

    private DirectoryIndex() {}

    public static Resolution resolve(String path) {
        if (path.endsWith("/")) {
            return new Resolution(path + "index.html", null);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? new Resolution(path, null) : new Resolution(null, path + "/");
    }
}
