package fr.conciergeriesolidaire.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.conciergeriesolidaire.catalog.InvalidDataException;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.site.bake.PageBaker;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.ContentReader;
import fr.conciergeriesolidaire.site.publish.AtomFeed;
import fr.conciergeriesolidaire.site.publish.Calendars;
import fr.conciergeriesolidaire.site.publish.Robots;
import fr.conciergeriesolidaire.site.publish.Sitemap;
import fr.conciergeriesolidaire.site.render.FrenchFormat;
import fr.conciergeriesolidaire.site.render.JsonLd;
import fr.conciergeriesolidaire.site.render.Messages;
import fr.conciergeriesolidaire.site.render.OrderFormView;
import fr.conciergeriesolidaire.site.render.SiteView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Builds the public site, start to end, in this order: load and validate the data (catalog's SiteDataLoader),
 * read and check the content against it, bake the pages with JBake and Freemarker, check that every page was
 * written, then write the machine-read files with libraries (iCalendar, sitemap, Atom, robots.txt). Any problem
 * stops the build with a {@link SiteBuildException} naming each file (and line) to fix.
 *
 * <p>Run by Maven in phase process-classes; usable from other modules (the local runner re-bakes in a warm JVM).
 */
public final class SiteBuilder {
    /** The result of a build, for the callers that report it. */
    public record Report(Path output, int pages, int calendars, Duration duration) {}

    private final SiteSources sources;
    private final BuildSettings settings;

    public SiteBuilder(SiteSources sources, BuildSettings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    /**
     * Arguments: the site folder and the output folder, optionally followed by another content folder and data
     * folder (another conciergerie's) to build with the same templates.
     */
    public static void main(String[] args) {
        if (args.length != 2 && args.length != 4) {
            System.err.println("Usage: SiteBuilder <site folder> <output folder> [<content folder> <data folder>]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        SiteSources sources = args.length == 2
                ? SiteSources.of(site, Path.of(args[1]))
                : new SiteSources(site, Path.of(args[2]), Path.of(args[3]), Path.of(args[1]));
        try {
            Report report = new SiteBuilder(sources, BuildSettings.fromEnvironment()).build();
            System.out.printf(
                    "Site construit dans %s : %d pages, %d calendriers, en %d ms%n",
                    report.output(),
                    report.pages(),
                    report.calendars(),
                    report.duration().toMillis());
        } catch (SiteBuildException failure) {
            System.err.println(failure.getMessage());
            System.exit(1);
        }
    }

    public Report build() {
        long started = System.nanoTime();
        SiteData data = loadData();
        ZoneId zone = ZoneId.of(data.organisation().site().timeZone());
        SiteAddress address = new SiteAddress(
                settings.siteUrl() != null
                        ? settings.siteUrl()
                        : data.organisation().site().url());

        Problems problems = new Problems();
        List<ContentFile> files = new ContentReader(sources.content(), display(sources.content()), problems).readAll();
        SiteContent content = SiteContent.check(files, data, zone, problems);
        problems.throwIfAny();

        Map<String, Object> organisationFile = readOrganisationFile();
        Messages messages = Messages.load(sources.templates());
        FrenchFormat format = new FrenchFormat();
        Map<String, Object> templateVariables = Map.of(
                "site",
                        new SiteView(
                                data,
                                organisationFile,
                                content,
                                address,
                                settings.clock().instant()),
                "fmt", format,
                "msg", messages,
                "jsonLd", new JsonLd(address, data.organisation(), organisationFile),
                "orderForm", new OrderFormView(data, format));
        emptyOutput();
        new PageBaker(sources, templateVariables, TimeZone.getTimeZone(zone)).bake(problems);
        checkEveryPageWritten(content, problems);
        problems.throwIfAny();

        Path output = sources.output();
        String name = data.organisation().name();
        List<String> calendars =
                new Calendars(content, address, messages, name, settings.clock().instant()).writeAll(output);
        Sitemap.write(output, content, address);
        new AtomFeed(content, address, zone).write(output, messages.get("news.feed.title") + " – " + name, name);
        Robots.write(output, address, Boolean.TRUE.equals(organisationFile.get("demo")));
        return new Report(output, files.size(), calendars.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    private SiteData loadData() {
        try {
            return SiteDataLoader.fromDirectory(sources.data());
        } catch (InvalidDataException invalid) {
            String folder = display(sources.data());
            throw new SiteBuildException(
                    invalid.errors().stream().map(error -> folder + error).toList(), invalid);
        }
    }

    /** organisation.yaml as written: the templates also show what the typed record leaves out. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> readOrganisationFile() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readValue(
                            sources.data().resolve(SiteDataLoader.ORGANISATION).toFile(), Map.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** JBake leaves stale pages behind; a page removed from the content must disappear from the site. */
    private void emptyOutput() {
        Path output = sources.output();
        if (!Files.exists(output)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(output)) {
                    Files.delete(path);
                }
            }
        } catch (IOException undeletable) {
            throw new UncheckedIOException("Cannot empty " + output, undeletable);
        }
    }

    /** JBake skips some files with a mere log line; every content file must have become a page. */
    private void checkEveryPageWritten(SiteContent content, Problems problems) {
        for (ContentFile page : content.pages()) {
            if (!Files.isRegularFile(sources.output().resolve(page.uri()))) {
                problems.add(page.file(), "la page " + page.uri() + " n'a pas été produite");
            }
        }
    }

    /** "content/" for the site's own folders, the full path for another conciergerie's. */
    private String display(Path folder) {
        Path relative = folder.startsWith(sources.theme()) ? sources.theme().relativize(folder) : folder;
        return relative.toString().replace('\\', '/') + "/";
    }
}
