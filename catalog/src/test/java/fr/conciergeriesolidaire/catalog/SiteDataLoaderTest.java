package fr.conciergeriesolidaire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDataLoaderTest {
    private static final Path SITE_DATA = Path.of("../site/data");

    @TempDir
    Path copy;

    @Test
    void givenTheProjectData_whenLoaded_thenItIsValidAndCrossReferenced() {
        SiteData data = SiteDataLoader.fromDirectory(SITE_DATA);

        assertThat(data.counters()).isNotEmpty();
        assertThat(data.partners()).isNotEmpty();
        data.partners()
                .forEach(partner -> partner.services()
                        .forEach(service -> assertThat(data.service(service.id()))
                                .hasValueSatisfying(
                                        offered -> assertThat(offered.partner()).isEqualTo(partner))));
        assertThat(data.offer()
                        .company()
                        .quote(data.offer().company().minEmployees())
                        .monthlyCents())
                .isPositive();
    }

    @Test
    void givenACounter_thenItIsOpenOnlyInsideItsHours() {
        Counter counter = SiteDataLoader.fromDirectory(SITE_DATA)
                .counter("comptoir-tilleuls")
                .orElseThrow();
        LocalDate tuesday = LocalDate.of(2026, 12, 1);

        assertThat(counter.isOpen(tuesday, LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .isTrue();
        assertThat(counter.isOpen(tuesday, LocalTime.of(17, 45), LocalTime.of(18, 15)))
                .isFalse();
        assertThat(counter.isOpen(tuesday.plusDays(1), LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .isFalse();
        assertThat(counter.isOpen(LocalDate.of(2026, 12, 24), LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .as("closed on a listed closing date")
                .isFalse();
    }

    @Test
    void givenRetentionInMonths_whenExpiryComputed_thenCalendarMonthsAreAdded() {
        Policies.Retention retention =
                SiteDataLoader.fromDirectory(SITE_DATA).policies().retention();

        assertThat(retention.orderExpiry(Instant.parse("2026-01-31T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-28T10:00:00Z"));
    }

    @Test
    void givenUnknownReferencesAndBadPrices_whenLoaded_thenEveryErrorNamesItsFileAndEntry() throws IOException {
        copyData();
        replace(
                SiteDataLoader.CATALOG,
                "counters: [comptoir-canal, site-entreprise-bailleur]",
                "counters: [comptoir-canal, comptoir-inconnu]");
        replace(SiteDataLoader.CATALOG, "priceCents: 250", "priceCents: 0");
        replace(SiteDataLoader.COUNTERS, "opens: \"14:00\", closes: \"17:00\"", "opens: \"17:00\", closes: \"14:00\"");

        assertThatThrownBy(() -> SiteDataLoader.fromDirectory(copy))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("catalog.yaml › partners[velo-atelier] : comptoir inconnu : comptoir-inconnu")
                .hasMessageContaining("catalog.yaml › partners[atelier-repassage] › services[repassage-chemise]")
                .hasMessageContaining("counters.yaml › counters[comptoir-canal] : l'ouverture doit précéder");
    }

    @Test
    void givenDuplicateServiceIds_whenLoaded_thenRefused() throws IOException {
        copyData();
        replace(SiteDataLoader.CATALOG, "id: panier-fruits", "id: panier-legumes");

        assertThatThrownBy(() -> SiteDataLoader.fromDirectory(copy))
                .hasMessageContaining("identifiant en double : panier-legumes");
    }

    @Test
    void givenAMisspeltKey_whenLoaded_thenTheFileAndLineAreNamed() throws IOException {
        copyData();
        replace(SiteDataLoader.CATALOG, "priceCents: 900", "priceCent: 900");

        assertThatThrownBy(() -> SiteDataLoader.fromDirectory(copy))
                .hasMessageContaining("catalog.yaml › ligne")
                .hasMessageContaining("partners[1].services[1].priceCents");
    }

    @Test
    void givenThePartnersOrderEmails_thenEachIsTheDefaultAndTheWorkshopHasADigest() {
        SiteData data = SiteDataLoader.fromDirectory(SITE_DATA);

        assertThat(data.partners())
                .filteredOn(partner -> partner.orderEmails() == PartnerEmails.DIGEST)
                .extracting(Partner::id)
                .containsExactly("velo-atelier");
        assertThat(data.partners())
                .filteredOn(partner -> partner.id().equals("atelier-repassage"))
                .extracting(Partner::orderEmails)
                .containsExactly(PartnerEmails.EACH);
    }

    @Test
    void givenAnUnknownWayOfSendingOrders_whenLoaded_thenTheFieldIsNamed() throws IOException {
        copyData();
        replace(SiteDataLoader.CATALOG, "orderEmails: digest", "orderEmails: weekly");

        assertThatThrownBy(() -> SiteDataLoader.fromDirectory(copy))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("catalog.yaml")
                .hasMessageContaining("orderEmails");
    }

    @Test
    void givenAMissingFile_whenLoaded_thenItIsNamed() throws IOException {
        copyData();
        Files.delete(copy.resolve(SiteDataLoader.OFFER));

        assertThatThrownBy(() -> SiteDataLoader.fromDirectory(copy))
                .hasMessageContaining("offer.yaml : fichier introuvable");
    }

    private void copyData() throws IOException {
        try (Stream<Path> files = Files.list(SITE_DATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture edit in %s", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
