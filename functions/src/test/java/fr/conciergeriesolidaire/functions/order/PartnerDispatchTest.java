package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.testing.InMemoryAccessTokens;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the notifier does for a partner of a new order: its lines recorded, its link stored once, or its digest. */
class PartnerDispatchTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryOrders orders = new InMemoryOrders(clock);
    private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    private final InMemoryPartnerLines lines = new InMemoryPartnerLines();
    private final PartnerLinks links = new PartnerLinks(
            new SecretTokens(TestParts.HASH),
            tokens,
            "https://www.exemple.fr/",
            PackagedSiteData.data().policies().retention());
    private final PartnerDispatch dispatch = new PartnerDispatch(PackagedSiteData.data(), lines, links, clock);

    @Test
    void givenAPartnerTakingEachOrder_whenToldTwice_thenTheSameLinkIsGivenAndStoredOnceAndItsLinesRecordedOnce() {
        StoredOrder order =
                orders.place("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice", Map.of("repassage-chemise", 3));

        Optional<String> first = dispatch.linkToSend(order, "atelier-repassage");
        Optional<String> second = dispatch.linkToSend(order, "atelier-repassage");

        assertThat(first)
                .hasValueSatisfying(link ->
                        assertThat(link).matches("https://www\\.exemple\\.fr/api/partenaire/[A-Za-z0-9_-]{43}"));
        assertThat(second).isEqualTo(first);
        assertThat(tokens.links()).singleElement().satisfies(token -> {
            assertThat(token.kind()).isEqualTo(TokenKind.PARTNER);
            assertThat(token.boundTo())
                    .containsEntry("partnerId", "atelier-repassage")
                    .containsEntry("order", order.reference());
            assertThat(token.expiresAt())
                    .isEqualTo(order.request().slot().start().plus(Duration.ofDays(30)));
            assertThat(token.hash())
                    .doesNotContain(first.get().substring(first.get().lastIndexOf('/') + 1));
        });
        assertThat(lines.all()).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo(order.reference());
            assertThat(line.counterId()).isEqualTo("comptoir-tilleuls");
        });
        assertThat(links.open(first.get().substring(first.get().lastIndexOf('/') + 1), clock.instant()))
                .contains(new PartnerAccess(
                        "atelier-repassage",
                        order.reference(),
                        tokens.links().get(0).hash()));
    }

    @Test
    void givenTwoPartnersOfOneOrder_thenEachHasItsOwnLink() {
        StoredOrder order = orders.place(
                "comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice", Map.of("repassage-chemise", 3, "talons", 1));

        assertThat(dispatch.linkToSend(order, "atelier-repassage"))
                .isNotEqualTo(dispatch.linkToSend(order, "cordonnerie-solidaire"));
        assertThat(tokens.links()).hasSize(2);
    }

    @Test
    void givenAPartnerOnDigests_thenItsOrderWaitsForTheDigestUntilItsTimeAndGetsItsOwnEMailAfter() {
        // The workshop's Wednesday window at the Canal closes at 17:00 (16:00 UTC): its digest is due 24 hours before.
        StoredOrder order =
                orders.place("comptoir-canal", "2026-03-04", "16:00-16:30", "Bruno", Map.of("revision-velo", 1));

        Optional<String> beforeTheDigest = dispatch.linkToSend(order, "velo-atelier");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-03T16:00:00Z")));
        Optional<String> onceItWasWritten = dispatch.linkToSend(order, "velo-atelier");

        assertThat(beforeTheDigest).isEmpty();
        assertThat(onceItWasWritten).isPresent();
        assertThat(lines.of(
                        "velo-atelier", Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z")))
                .extracting(PartnerLine::reference)
                .containsExactly(order.reference());
    }

    @Test
    void givenAPresentedValueThatIsNoPartnersLink_thenItOpensNothing() {
        StoredOrder order =
                orders.place("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice", Map.of("repassage-chemise", 3));
        String link = dispatch.linkToSend(order, "atelier-repassage").orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(links.open("B".repeat(43), clock.instant())).isEmpty();
        assertThat(links.open("trop-court", clock.instant())).isEmpty();
        clock.advance(Duration.ofDays(40));
        assertThat(links.open(token, clock.instant()))
                .as("expired with the order's drop-off")
                .isEmpty();
    }
}
