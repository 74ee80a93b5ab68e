package fr.conciergeriesolidaire.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything under site/data, validated: the one source of truth read by the site's templates and by the
 * functions (which recompute every price from it).
 */
public final class SiteData {
    private final Organisation organisation;
    private final List<Neighbourhood> neighbourhoods;
    private final List<Counter> counters;
    private final List<Category> categories;
    private final List<Partner> partners;
    private final Offer offer;
    private final Policies policies;
    private final Map<String, Counter> countersById;
    private final Map<String, OfferedService> servicesById;

    /**
     * Data as {@link SiteDataLoader} validated it; also how the functions rebuild it from the class their build
     * compiles site/data into ({@code compiled.SiteDataSource}).
     */
    public SiteData(
            Organisation organisation,
            List<Neighbourhood> neighbourhoods,
            List<Counter> counters,
            List<Category> categories,
            List<Partner> partners,
            Offer offer,
            Policies policies) {
        this.organisation = organisation;
        this.neighbourhoods = List.copyOf(neighbourhoods);
        this.counters = List.copyOf(counters);
        this.categories = List.copyOf(categories);
        this.partners = List.copyOf(partners);
        this.offer = offer;
        this.policies = policies;
        this.countersById = byId(this.counters, Counter::id);
        this.servicesById = new LinkedHashMap<>();
        for (Partner partner : this.partners) {
            for (Service service : partner.services()) {
                servicesById.putIfAbsent(service.id(), new OfferedService(partner, service));
            }
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Organisation organisation() {
        return organisation;
    }

    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods;
    }

    public List<Counter> counters() {
        return counters;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Partner> partners() {
        return partners;
    }

    public Offer offer() {
        return offer;
    }

    public Policies policies() {
        return policies;
    }

    /** The partner with that id. */
    public Optional<Partner> partner(String id) {
        return partners.stream().filter(partner -> partner.id().equals(id)).findFirst();
    }

    public Optional<Counter> counter(String id) {
        return Optional.ofNullable(countersById.get(id));
    }

    /** The service with that id and its partner, whether active or not. */
    public Optional<OfferedService> service(String id) {
        return Optional.ofNullable(servicesById.get(id));
    }
}
