package fr.conciergeriesolidaire.site.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a synthetic site of N pages, in the project's layout and, beside it, the same content for Hugo:
 *
 * <pre>
 * java -cp … fr.conciergeriesolidaire.site.benchmark.SyntheticSite &lt;folder&gt; [pages=1000] [seed=51]
 *   → &lt;folder&gt;/jbake/{content,data}  (build with the real theme: SiteBuilder site out &lt;folder&gt;/jbake/content &lt;folder&gt;/jbake/data)
 *   → &lt;folder&gt;/hugo                 (hugo -s &lt;folder&gt;/hugo -d out)
 * </pre>
 *
 * Run from the site folder (it copies the real site's fixed pages and data). The same pages and seed always give
 * the same files.
 */
public final class SyntheticSite {
    /** The build's "now" of every benchmark: events before it are past, the others upcoming. */
    static final String NOW = "2026-11-28T12:00:00+01:00";

    static final LocalDate TODAY = LocalDate.parse(NOW.substring(0, 10));

    private SyntheticSite() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("Usage: SyntheticSite <folder> [pages=1000] [seed=51]");
            System.exit(2);
        }
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 51;
        Path folder = Path.of(args[0]);
        SyntheticContent site = write(Path.of("."), folder, pages, seed);
        System.out.printf("%d generated pages written to %s%n", site.pageCount(), folder.toAbsolutePath());
    }

    /** Writes both sites under {@code folder} (which must not exist yet) from the real site folder. */
    static SyntheticContent write(Path realSite, Path folder, int pages, long seed) throws IOException {
        if (Files.exists(folder)) {
            throw new IOException(folder + " already exists");
        }
        SyntheticContent site = SyntheticContent.generate(pages, seed, TODAY);
        JBakeSources.write(site, realSite, folder.resolve("jbake"));
        HugoTwin.write(site, realSite, folder.resolve("jbake"), folder.resolve("hugo"));
        return site;
    }
}
