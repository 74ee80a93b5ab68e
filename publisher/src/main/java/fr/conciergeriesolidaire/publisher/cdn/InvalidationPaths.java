package fr.conciergeriesolidaire.publisher.cdn;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The CloudFront paths to invalidate after a publish: each changed or deleted file by its path, and a folder's page
 * ({@code x/index.html}) also by the address visitors use ({@code /x/}; the home page: {@code /}), which CloudFront
 * caches apart. Above {@value #THRESHOLD} paths, one wildcard ({@code /*}) instead: CloudFront bills each path beyond
 * the first thousand a month, and a template change touches every page anyway.
 */
public final class InvalidationPaths {
    public static final int THRESHOLD = 100;
    public static final String EVERYTHING = "/*";
    private static final String FOLDER_PAGE = "index.html";

    private InvalidationPaths() {}

    /** @param files the changed and deleted files, relative to the site root ("agenda/x/index.html") */
    public static List<String> of(Collection<String> files) {
        TreeSet<String> paths = new TreeSet<>();
        for (String file : files) {
            paths.add("/" + file);
            if (file.equals(FOLDER_PAGE) || file.endsWith("/" + FOLDER_PAGE)) {
                paths.add("/" + file.substring(0, file.length() - FOLDER_PAGE.length()));
            }
        }
        return paths.size() > THRESHOLD ? List.of(EVERYTHING) : List.copyOf(paths);
    }
}
