package fr.conciergeriesolidaire.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.conciergeriesolidaire.catalog.InvalidDataException;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.programme.proposals.Season;
import fr.conciergeriesolidaire.site.bake.MarkdownPages;
import fr.conciergeriesolidaire.site.bake.PageBaker;
import fr.conciergeriesolidaire.site.bake.RenderedPages;
import fr.conciergeriesolidaire.site.bake.SiteFrame;
import fr.conciergeriesolidaire.site.bake.Templates;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.ContentReader;
import fr.conciergeriesolidaire.site.event.EventSource;
import fr.conciergeriesolidaire.site.event.MarkdownEvents;
import fr.conciergeriesolidaire.site.event.NoResidentIdeas;
import fr.conciergeriesolidaire.site.event.ResidentIdeas;
import fr.conciergeriesolidaire.site.publish.AtomFeed;
import fr.conciergeriesolidaire.site.publish.CalendarTexts;
import fr.conciergeriesolidaire.site.publish.Calendars;
import fr.conciergeriesolidaire.site.publish.FolderFiles;
import fr.conciergeriesolidaire.site.publish.OpenAgendaExport;
import fr.conciergeriesolidaire.site.publish.Robots;
import fr.conciergeriesolidaire.site.publish.SiteFiles;
import fr.conciergeriesolidaire.site.publish.Sitemap;
import fr.conciergeriesolidaire.site.render.JsonLd;
import fr.conciergeriesolidaire.site.render.Messages;
import fr.conciergeriesolidaire.site.render.OrderFormView;
import fr.conciergeriesolidaire.site.render.SiteView;
import fr.conciergeriesolidaire.site.render.TemplateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the public site, start to end: load and validate the data (catalog's SiteDataLoader), read and check the
 * content against it, bake the pages with JBake and Freemarker, check that every page was written, and write the
 * machine-read files with libraries (iCalendar, sitemap, Atom, robots.txt). Any problem stops the build with a
 * {@link SiteBuildException} naming each file (and line) to fix, and leaves the published site as it was.
 *
 * <p>Independent steps overlap, so that a cold build keeps both cores busy: the templates are parsed while the data
 * is read, and the machine-read files are written while the pages are rendered (on every core).
 *
 * <p>Run by Maven in phase process-classes. A warm process keeps one builder and builds again after each edit:
 * each build reads every source afresh (so nothing is ever stale), and only reuses the HTML of Markdown bodies that
 * did not change ({@link MarkdownPages}), item pages whose file and frame did not change ({@link RenderedPages}) and
 * calendars made of the same parts ({@link CalendarTexts}).
 * Not thread-safe: one build at a time per builder.
 */
public final class SiteBuilder {
    /**
     * The result of a build, for the callers that report it.
     *
     * @param rendered pages rendered by this build; a warm builder keeps the others from its previous build
     */
    public record Report(int pages, int rendered, int calendars, Duration duration) {}

    private final SiteSources sources;
    private final BuildSettings settings;
    private final EventSource events;
    private final ResidentIdeas ideas;
    private final MarkdownPages markdown = new MarkdownPages();
    private final RenderedPages rendered = new RenderedPages();
    private final CalendarTexts calendarTexts = new CalendarTexts();

    /** A builder of the site with its events from the Markdown folder (what {@code ./mvnw package} builds). */
    public SiteBuilder(SiteSources sources, BuildSettings settings) {
        this(sources, settings, new MarkdownEvents());
    }

    /** A builder of the site with its events from {@code events}, and no figures of the residents' ideas. */
    public SiteBuilder(SiteSources sources, BuildSettings settings, EventSource events) {
        this(sources, settings, events, new NoResidentIdeas());
    }

    /**
     * A builder of the site with its events from {@code events} and the residents' ideas counted by {@code ideas}
     * (both from the functions' tables, for the publisher and the runner).
     */
    public SiteBuilder(SiteSources sources, BuildSettings settings, EventSource events, ResidentIdeas ideas) {
        this.sources = sources;
        this.settings = settings;
        this.events = events;
        this.ideas = ideas;
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
                    sources.output(),
                    report.pages(),
                    report.calendars(),
                    report.duration().toMillis());
        } catch (SiteBuildException failure) {
            System.err.println(failure.getMessage());
            System.exit(1);
        }
    }

    /**
     * Builds the whole site into a fresh folder beside the output folder, then puts it in the output folder's place:
     * nothing from an earlier build survives (a page whose content was deleted disappears), and a failed build
     * leaves the published site untouched.
     */
    public Report build() {
        Path fresh = OutputFolder.freshBeside(sources.output());
        try {
            Report report = buildInto(fresh);
            OutputFolder.replace(sources.output(), fresh);
            return report;
        } finally {
            OutputFolder.delete(fresh);
        }
    }

    /** Builds the whole site into {@code folder}, which must not exist or be empty; nothing else is written. */
    public Report buildInto(Path folder) {
        createEmpty(folder);
        return buildInto(new FolderFiles(folder));
    }

    /**
     * Builds the whole site and puts every file into {@code files}; throws a {@link SiteBuildException} listing
     * every problem (files may then have been put already: only a complete build is to be published).
     */
    public Report buildInto(SiteFiles files) {
        long started = System.nanoTime();
        CompletableFuture<Templates> templates = inBackground("templates", () -> Templates.load(sources.templates()));
        SiteData data = loadData();
        ZoneId zone = ZoneId.of(data.organisation().site().timeZone());
        SiteAddress address = new SiteAddress(
                settings.siteUrl() != null
                        ? settings.siteUrl()
                        : data.organisation().site().url());

        Problems problems = new Problems();
        List<ContentFile> pages = events.pages(
                new ContentReader(sources.content(), display(sources.content()), problems).readAll(), zone, problems);
        SiteContent content = SiteContent.check(pages, data, zone, problems);
        Templates parsed = await(templates);
        problems.addAll(parsed.problems());
        problems.throwIfAny();

        Map<String, Object> organisationFile = readOrganisationFile();
        Messages messages = Messages.load(sources.templates());
        Season season = Season.of(settings.clock().instant(), zone);
        Optional<Map<String, Integer>> ideaCounts =
                ideas.of(data.neighbourhoods().stream().map(Neighbourhood::id).toList(), season, zone);
        parsed.withVariables(Map.of(
                "site",
                        new SiteView(
                                data,
                                organisationFile,
                                content,
                                address,
                                settings.clock().instant(),
                                new SiteView.Ideas(season, ideaCounts)),
                "fmt", new TemplateFormat(),
                "msg", messages,
                "jsonLd", new JsonLd(address, data.organisation(), organisationFile),
                "orderForm", new OrderFormView(data)));
        String name = data.organisation().name();
        CompletableFuture<Integer> feeds = inBackground("feeds", () -> {
            List<String> calendars = new Calendars(
                            content, address, messages, name, settings.clock().instant(), calendarTexts)
                    .writeAll(files);
            Sitemap.write(files, content, address);
            OpenAgendaExport.write(files, content, address);
            new AtomFeed(content, address, zone).write(files, messages.get("news.feed.title") + " – " + name, name);
            Robots.write(files, address, Boolean.TRUE.equals(organisationFile.get("demo")));
            return calendars.size();
        });
        Instant now = settings.clock().instant();
        Function<ContentFile, Object> itemKey = page -> content.eventAt(page.uri())
                .map(event -> (Object) List.of(page, event.isUpcoming(now)))
                .orElse(page);
        int renderedPages;
        try {
            renderedPages = new PageBaker(sources, parsed, TimeZone.getTimeZone(zone), markdown, rendered)
                    .bake(
                            content.pages(),
                            SiteFrame.digest(sources, settings.siteUrl(), content.pages()),
                            itemKey,
                            files,
                            problems);
        } catch (RuntimeException | Error failure) {
            feeds.exceptionally(ignored -> 0).join(); // let it finish before the caller throws the files away
            throw failure;
        }
        int calendars = await(feeds);
        problems.throwIfAny();
        return new Report(pages.size(), renderedPages, calendars, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Runs a step on a thread of its own, beside the one that goes on with the build. */
    private static <T> CompletableFuture<T> inBackground(String step, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, command -> new Thread(command, "site-" + step).start());
    }

    /** The step's result, or its failure as it was thrown (a SiteBuildException stays one). */
    private static <T> T await(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
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

    private static void createEmpty(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("The site is built into an empty folder, not " + folder);
                }
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** "content/" for the site's own folders, the full path for another conciergerie's. */
    private String display(Path folder) {
        Path relative = folder.startsWith(sources.theme()) ? sources.theme().relativize(folder) : folder;
        return relative.toString().replace('\\', '/') + "/";
    }
}
