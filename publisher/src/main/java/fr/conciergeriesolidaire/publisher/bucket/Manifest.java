package fr.conciergeriesolidaire.publisher.bucket;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the bucket holds, as the last publish left it. Its one promise: each file it lists is in the bucket with that
 * content (SHA-256, hex). A publish first writes a manifest that forgets the files it is about to upload or delete
 * ({@code unsure}), and lists them in full only once everything is up, deleted and invalidated: a publish that stops
 * halfway leaves those files unsure, and the next one uploads (or deletes) them whatever their hash.
 *
 * @param changes the count of programme changes this publish built from (-1: none yet)
 * @param files path (relative to the site root) to content hash
 * @param unsure paths a publish started to upload or delete without finishing
 */
public record Manifest(long changes, Map<String, String> files, Set<String> unsure) {
    public static final Manifest NONE = new Manifest(-1, Map.of(), Set.of());

    public Manifest {
        files = Map.copyOf(new TreeMap<>(files));
        unsure = Set.copyOf(new TreeSet<>(unsure));
    }

    /** This manifest, forgetting {@code touched}: what the bucket is sure to hold while they change. */
    public Manifest forgetting(Set<String> touched) {
        Map<String, String> kept = new TreeMap<>(files);
        kept.keySet().removeAll(touched);
        Set<String> nowUnsure = new TreeSet<>(unsure);
        nowUnsure.addAll(touched);
        return new Manifest(changes, kept, nowUnsure);
    }
}
