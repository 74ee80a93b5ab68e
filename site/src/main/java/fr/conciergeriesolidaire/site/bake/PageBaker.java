package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.content.PageType;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The JBake part of the build: content files to HTML pages, plus the assets. Its parts are assembled here, through
 * {@link Oven#Oven(Utensils)}, so that one of them (the renderer, say) can be replaced in one place. JBake's
 * {@code bake()} reports failures in {@code getErrors()} instead of throwing: they are turned into problems.
 */
public final class PageBaker {
    /**
     * OrientDB, JBake's content store, logs its start-up through java.util.logging (a dozen INFO and WARNING lines
     * about memory, the root user and its default password) whatever SLF4J says: only its errors are kept. The
     * field holds the logger, since java.util.logging forgets the level of loggers nobody references.
     */
    private static final Logger ORIENTDB_LOG = Logger.getLogger("com.orientechnologies");

    static {
        ORIENTDB_LOG.setLevel(Level.SEVERE);
    }

    private final SiteSources sources;
    private final Map<String, Object> templateVariables;
    private final TimeZone timeZone;

    public PageBaker(SiteSources sources, Map<String, Object> templateVariables, TimeZone timeZone) {
        this.sources = sources;
        this.templateVariables = Map.copyOf(templateVariables);
        this.timeZone = timeZone;
    }

    public void bake(Problems problems) {
        Oven oven = new Oven(utensils(configuration()));
        oven.bake();
        for (Throwable error : oven.getErrors()) {
            problems.add("JBake", error.getMessage());
        }
    }

    /** jbake.properties of the site folder, plus what the code owns: folders and one template per page type. */
    private DefaultJBakeConfiguration configuration() {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        sources.theme().toFile(), sources.output().toFile(), true);
        config.setContentFolder(sources.content().toFile());
        for (PageType type : PageType.values()) {
            config.setProperty("template." + type.headerValue() + ".file", type.template());
        }
        return config;
    }

    private Utensils utensils(DefaultJBakeConfiguration config) {
        // A store of its own, not DBUtil's JVM-wide one, so that two sites can be baked in one JVM.
        ContentStore store = new ContentStore(config.getDatabaseStore(), config.getDatabasePath());
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new ContentOnlyCrawler(store, config));
        utensils.setRenderer(
                new Renderer(store, config, new SiteTemplateEngine(store, config, templateVariables, timeZone)));
        utensils.setAsset(new Asset(config));
        return utensils;
    }
}
