package fr.conciergeriesolidaire.catalog;

import static fr.conciergeriesolidaire.catalog.SiteDataLoader.CATALOG;
import static fr.conciergeriesolidaire.catalog.SiteDataLoader.COUNTERS;
import static fr.conciergeriesolidaire.catalog.SiteDataLoader.OFFER;
import static fr.conciergeriesolidaire.catalog.SiteDataLoader.ORGANISATION;
import static fr.conciergeriesolidaire.catalog.SiteDataLoader.POLICIES;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what the YAML syntax cannot: ids, references between files, prices, hours and rules. */
final class SiteDataValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SiteData data;
    private final List<DataError> errors = new ArrayList<>();

    SiteDataValidator(SiteData data) {
        this.data = data;
    }

    List<DataError> errors() {
        checkOrganisation();
        checkNeighbourhoodsAndCounters();
        checkCatalog();
        checkOffer();
        checkPolicies();
        return List.copyOf(errors);
    }

    private void error(String file, String entry, String message) {
        errors.add(new DataError(file, entry, message));
    }

    private void required(String file, String entry, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            error(file, entry, "le champ « " + field + " » est obligatoire");
        }
    }

    private void email(String file, String entry, String field, String value) {
        required(file, entry, field, value);
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            error(file, entry, "« " + field + " » n'est pas une adresse e-mail : " + value);
        }
    }

    private void id(String file, String entry, String value, Set<String> seen) {
        if (value == null || !ID.matcher(value).matches()) {
            error(file, entry, "identifiant invalide (minuscules, chiffres et tirets) : " + value);
        } else if (!seen.add(value)) {
            error(file, entry, "identifiant en double : " + value);
        }
    }

    private void address(String file, String entry, Address address) {
        required(file, entry, "address", address);
        if (address != null) {
            required(file, entry, "address.street", address.street());
            required(file, entry, "address.city", address.city());
            if (address.postcode() == null
                    || !POSTCODE.matcher(address.postcode()).matches()) {
                error(file, entry, "code postal invalide (5 chiffres) : " + address.postcode());
            }
        }
    }

    private void checkOrganisation() {
        Organisation org = data.organisation();
        required(ORGANISATION, "", "name", org.name());
        required(ORGANISATION, "", "site", org.site());
        if (org.site() != null) {
            String url = org.site().url();
            if (url == null || !url.startsWith("https://") || url.endsWith("/")) {
                error(ORGANISATION, "site", "« url » doit commencer par https:// et ne pas finir par / : " + url);
            }
            try {
                ZoneId.of(org.site().timeZone());
            } catch (DateTimeException | NullPointerException invalid) {
                error(
                        ORGANISATION,
                        "site",
                        "fuseau horaire inconnu : " + org.site().timeZone());
            }
        }
        required(ORGANISATION, "", "contact", org.contact());
        if (org.contact() != null) {
            email(ORGANISATION, "contact", "email", org.contact().email());
            required(ORGANISATION, "contact", "phone", org.contact().phone());
            address(ORGANISATION, "contact", org.contact().address());
        }
        required(ORGANISATION, "", "team", org.team());
        if (org.team() != null) {
            email(ORGANISATION, "team", "email", org.team().email());
        }
        required(ORGANISATION, "", "mail", org.mail());
        if (org.mail() != null) {
            email(ORGANISATION, "mail", "from", org.mail().from());
            email(ORGANISATION, "mail", "replyTo", org.mail().replyTo());
        }
    }

    private void checkNeighbourhoodsAndCounters() {
        Set<String> neighbourhoodIds = new HashSet<>();
        for (Neighbourhood hood : data.neighbourhoods()) {
            String entry = "neighbourhoods[" + hood.id() + "]";
            id(COUNTERS, entry, hood.id(), neighbourhoodIds);
            required(COUNTERS, entry, "name", hood.name());
        }
        Set<String> counterIds = new HashSet<>();
        Set<String> servedNeighbourhoods = new HashSet<>();
        for (Counter counter : data.counters()) {
            String entry = "counters[" + counter.id() + "]";
            id(COUNTERS, entry, counter.id(), counterIds);
            required(COUNTERS, entry, "name", counter.name());
            required(COUNTERS, entry, "kind", counter.kind());
            address(COUNTERS, entry, counter.address());
            if (counter.kind() == CounterKind.NEIGHBOURHOOD) {
                if (!neighbourhoodIds.contains(counter.neighbourhood())) {
                    error(COUNTERS, entry, "quartier inconnu : " + counter.neighbourhood());
                }
                servedNeighbourhoods.add(counter.neighbourhood());
            } else if (counter.kind() == CounterKind.COMPANY && counter.neighbourhood() != null) {
                error(COUNTERS, entry, "un site d'entreprise n'appartient pas à un quartier");
            }
            checkHours(entry, counter);
        }
        for (String hood : neighbourhoodIds) {
            if (!servedNeighbourhoods.contains(hood)) {
                error(COUNTERS, "neighbourhoods[" + hood + "]", "aucun comptoir dans ce quartier");
            }
        }
    }

    private void checkHours(String entry, Counter counter) {
        if (counter.slotMinutes() <= 0) {
            error(COUNTERS, entry, "« slotMinutes » doit être positif");
        }
        if (counter.hours().isEmpty()) {
            error(COUNTERS, entry, "aucun horaire d'ouverture");
        }
        List<OpeningHours> seen = new ArrayList<>();
        for (OpeningHours opening : counter.hours()) {
            if (opening.day() == null || opening.opens() == null || opening.closes() == null) {
                error(COUNTERS, entry, "horaire incomplet (day, opens, closes) : " + opening);
                continue;
            }
            String when = opening.day() + " " + opening.opens() + "-" + opening.closes();
            if (!opening.opens().isBefore(opening.closes())) {
                error(COUNTERS, entry, "l'ouverture doit précéder la fermeture : " + when);
            } else if (counter.slotMinutes() > 0
                    && Duration.between(opening.opens(), opening.closes()).toMinutes() % counter.slotMinutes() != 0) {
                error(
                        COUNTERS,
                        entry,
                        "la plage " + when + " n'est pas un multiple de " + counter.slotMinutes() + " minutes");
            }
            for (OpeningHours other : seen) {
                if (other.day() == opening.day()
                        && opening.opens().isBefore(other.closes())
                        && other.opens().isBefore(opening.closes())) {
                    error(COUNTERS, entry, "plages qui se chevauchent le " + opening.day());
                }
            }
            seen.add(opening);
        }
    }

    private void checkCatalog() {
        Set<String> categoryIds = new HashSet<>();
        for (Category category : data.categories()) {
            id(CATALOG, "categories[" + category.id() + "]", category.id(), categoryIds);
            required(CATALOG, "categories[" + category.id() + "]", "name", category.name());
        }
        Set<String> partnerIds = new HashSet<>();
        Set<String> serviceIds = new HashSet<>();
        for (Partner partner : data.partners()) {
            String entry = "partners[" + partner.id() + "]";
            id(CATALOG, entry, partner.id(), partnerIds);
            required(CATALOG, entry, "name", partner.name());
            required(CATALOG, entry, "summary", partner.summary());
            email(CATALOG, entry, "email", partner.email());
            if (!categoryIds.contains(partner.category())) {
                error(CATALOG, entry, "catégorie inconnue : " + partner.category());
            }
            if (partner.counters().isEmpty()) {
                error(CATALOG, entry, "aucun comptoir");
            }
            for (String counter : partner.counters()) {
                if (data.counter(counter).isEmpty()) {
                    error(CATALOG, entry, "comptoir inconnu : " + counter);
                }
            }
            if (partner.services().isEmpty()) {
                error(CATALOG, entry, "aucun service");
            }
            for (Service service : partner.services()) {
                checkService(entry + " › services[" + service.id() + "]", partner, service, serviceIds);
            }
        }
    }

    private void checkService(String entry, Partner partner, Service service, Set<String> serviceIds) {
        id(CATALOG, entry, service.id(), serviceIds);
        required(CATALOG, entry, "name", service.name());
        required(CATALOG, entry, "unit", service.unit());
        if (service.priceCents() <= 0) {
            error(CATALOG, entry, "le prix (priceCents, en centimes) doit être positif : " + service.priceCents());
        }
        if (service.maxQuantity() < 1) {
            error(CATALOG, entry, "« maxQuantity » doit valoir au moins 1");
        }
        for (String counter : service.counters()) {
            if (!partner.counters().contains(counter)) {
                error(CATALOG, entry, "comptoir absent de ceux du partenaire : " + counter);
            }
        }
    }

    private void checkOffer() {
        CompanyOffer company = data.offer().company();
        if (company == null) {
            error(OFFER, "", "le champ « company » est obligatoire");
            return;
        }
        if (company.tiers().isEmpty()) {
            error(OFFER, "company", "aucune tranche de prix");
        }
        Integer previous = 0;
        for (int i = 0; i < company.tiers().size(); i++) {
            PriceTier tier = company.tiers().get(i);
            String entry = "company › tiers[" + (i + 1) + "]";
            boolean last = i == company.tiers().size() - 1;
            if (tier.monthlyCentsPerEmployee() <= 0) {
                error(OFFER, entry, "le tarif mensuel par salarié doit être positif");
            }
            if (tier.upToEmployees() == null && !last) {
                error(OFFER, entry, "seule la dernière tranche peut être sans limite (upToEmployees: null)");
            } else if (tier.upToEmployees() != null && last) {
                error(OFFER, entry, "la dernière tranche doit être sans limite (upToEmployees: null)");
            } else if (tier.upToEmployees() != null && previous != null && tier.upToEmployees() <= previous) {
                error(OFFER, entry, "les tranches doivent être croissantes");
            }
            previous = tier.upToEmployees();
        }
        if (company.minEmployees() < 1 || company.minEmployees() > company.maxEmployees()) {
            error(OFFER, "company", "bornes d'effectif incohérentes (minEmployees, maxEmployees)");
        }
        if (company.minimumMonthlyCents() < 0) {
            error(OFFER, "company", "le minimum mensuel ne peut pas être négatif");
        }
        if (company.commitmentMonths() < 1) {
            error(OFFER, "company", "« commitmentMonths » doit valoir au moins 1");
        }
        if (data.offer().residents() == null || data.offer().residents().membershipMonthlyCents() < 0) {
            error(OFFER, "residents", "adhésion des habitants manquante ou négative");
        }
    }

    private void checkPolicies() {
        Policies policies = data.policies();
        if (policies.orders() == null || policies.subscriptions() == null || policies.retention() == null) {
            error(POLICIES, "", "les rubriques « orders », « subscriptions » et « retention » sont obligatoires");
            return;
        }
        positive("orders › minimumNotice", policies.orders().minimumNotice());
        positive("orders › maximumAdvance", policies.orders().maximumAdvance());
        if (policies.orders().maxLines() < 1 || policies.orders().commentMaxLength() < 1) {
            error(POLICIES, "orders", "« maxLines » et « commentMaxLength » doivent être positifs");
        }
        if (policies.subscriptions().messageMaxLength() < 1) {
            error(POLICIES, "subscriptions", "« messageMaxLength » doit être positif");
        }
        positive("subscriptions › maxStartAdvance", policies.subscriptions().maxStartAdvance());
        positive("retention › orders", policies.retention().orders());
        positive("retention › subscriptions", policies.retention().subscriptions());
        positive("retention › registrations", policies.retention().registrations());
        positive("retention › proposals", policies.retention().proposals());
        positive("retention › audit", policies.retention().audit());
        positive("retention › rateLimit", policies.retention().rateLimit());
        positive("retention › myDataLinks", policies.retention().myDataLinks());
        positive("retention › erasureConfirmations", policies.retention().erasureConfirmations());
    }

    private void positive(String entry, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            error(POLICIES, entry, "durée manquante ou nulle");
        }
    }

    private void positive(String entry, Period period) {
        if (period == null || period.isNegative() || period.isZero()) {
            error(POLICIES, entry, "durée manquante ou nulle");
        }
    }
}
