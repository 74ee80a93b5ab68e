package fr.conciergeriesolidaire.functions.order.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.order.EmulatedOrders;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The digest of a partner on digests (catalog.yaml: the bike workshop), as template.yaml builds the functions, on
 * dynalite and aws-ses-v2-local: its orders wait, then one e-mail per pickup window lists them all once no order can
 * reach the window any more; never twice, an order the digest missed gets its own e-mail, and an outage only delays it.
 */
class PartnerDigestIT {
    private static final String WORKSHOP = "contact@roue-libre-atelier.example";
    private static final Map<String, Integer> SERVICE = Map.of("revision-velo", 1);
    /** The Canal's Wednesday window closes at 17:00 in Paris: its digest is due 24 hours before. */
    private static final Instant WEDNESDAY_DIGEST = Instant.parse("2026-03-03T16:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private EmulatedOrders world;
    private PartnerDigestHandler digests;

    @BeforeEach
    void start() {
        world = EmulatedOrders.inMemory();
        digests = new PartnerDigestHandler(
                new PartnerWiring(new Environment(world.environmentOf("PartnerDigestFunction")), clock));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void givenOrdersOfAWindow_thenTheWorkshopGetsNoEMailPerOrderButOneDigestListingThemWhenItsTimeComesAndOnlyOnce() {
        String first = world.place(clock, "comptoir-canal", "2026-03-04", "14:00-14:30", "Mathis", SERVICE);
        String second = world.place(clock, "comptoir-canal", "2026-03-04", "16:30-17:00", "Nina", SERVICE);
        String saturday = world.place(clock, "comptoir-canal", "2026-03-07", "10:00-10:30", "Oscar", SERVICE);
        List.of(first, second, saturday).forEach(reference -> world.notify(clock, reference));

        assertThat(toWorkshop()).as("no e-mail per order").isEmpty();
        assertThat(world.storedOrder(first)
                        .get("notifications")
                        .m()
                        .get("partner:velo-atelier")
                        .m()
                        .get("state")
                        .s())
                .as("the order is transmitted: listed for the digest")
                .isEqualTo("SENT");
        assertThat(digests.handleRequest(null, null)).startsWith("made=0");

        clock.advance(Duration.between(clock.instant(), WEDNESDAY_DIGEST.minusSeconds(60)));
        assertThat(digests.handleRequest(null, null))
                .as("a minute before its time")
                .startsWith("made=0");
        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.handleRequest(null, null)).startsWith("made=1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(digests.handleRequest(null, null)).startsWith("made=0");

        assertThat(toWorkshop()).singleElement().satisfies(digest -> {
            assertThat(digest.subject())
                    .isEqualTo("Récapitulatif mercredi 4 mars 2026 – Comptoir du Canal, de 14\u00a0h à 17\u00a0h");
            assertThat(digest.text())
                    .contains(first, second, "Mathis", "Nina", "2 commandes", "Révision complète d'un vélo")
                    .doesNotContain(saturday, "Oscar", "Martin", "06 12 34 56 78")
                    .containsPattern("Répondre pour la commande " + first
                            + " \\(https://[^)]+/api/partenaire/[A-Za-z0-9_-]{43}\\)");
        });
        assertThat(world.items("PartnerDigestsTable")).singleElement().satisfies(item -> {
            assertThat(item.get("notifications")
                            .m()
                            .get("partner")
                            .m()
                            .get("state")
                            .s())
                    .isEqualTo("SENT");
            assertThat(item).doesNotContainKey("notificationsDue");
        });
    }

    @Test
    void givenAnOrderWhoseNotifierRanOnlyAfterTheDigest_thenItGetsItsOwnEMailAndIsInNoDigestTwice() {
        String early = world.place(clock, "comptoir-canal", "2026-03-04", "14:00-14:30", "Paul", SERVICE);
        String late = world.place(clock, "comptoir-canal", "2026-03-04", "15:00-15:30", "Quitterie", SERVICE);
        world.notify(clock, early);

        clock.advance(Duration.between(clock.instant(), WEDNESDAY_DIGEST));
        digests.handleRequest(null, null);
        world.notify(clock, late);
        clock.advance(Duration.ofMinutes(5));
        digests.handleRequest(null, null);

        List<SentMail> mails = toWorkshop();
        assertThat(mails).hasSize(2);
        assertThat(mails)
                .filteredOn(mail -> mail.subject().startsWith("Récapitulatif"))
                .singleElement()
                .satisfies(digest -> assertThat(digest.text()).contains(early).doesNotContain(late));
        assertThat(mails)
                .filteredOn(mail -> mail.subject().startsWith("Commande " + late))
                .hasSize(1);
    }

    @Test
    void givenTheMailServiceDownWhenTheDigestIsDue_thenItIsSentOnceWhenItIsBack() {
        assumeTrue(world.emulators().mail().isChildProcess(), "SES given from outside: no outage to simulate");
        String reference = world.place(clock, "comptoir-canal", "2026-03-04", "14:00-14:30", "Romane", SERVICE);
        world.notify(clock, reference);
        clock.advance(Duration.between(clock.instant(), WEDNESDAY_DIGEST));
        world.emulators().mail().stop();

        assertThat(digests.handleRequest(null, null)).startsWith("made=1");
        world.emulators().mail().start();
        clock.advance(Duration.ofMinutes(5));
        digests.handleRequest(null, null);
        digests.handleRequest(null, null);

        assertThat(toWorkshop())
                .singleElement()
                .satisfies(digest -> assertThat(digest.text()).contains(reference));
    }

    @Test
    void givenAWindowWhoseOrdersWereAllCancelled_thenNoDigestIsWritten() {
        String reference = world.place(clock, "comptoir-canal", "2026-03-04", "14:00-14:30", "Simon", SERVICE);
        world.notify(clock, reference);
        world.wiring("OrderPageFunction", clock)
                .life()
                .cancel(
                        reference,
                        1,
                        new fr.conciergeriesolidaire.functions.order.Staff("m", "Alix"),
                        "Annulée au téléphone");
        world.emulators().mail().clearStore();

        clock.advance(Duration.between(clock.instant(), WEDNESDAY_DIGEST));
        digests.handleRequest(null, null);

        assertThat(toWorkshop()).isEmpty();
    }

    private List<SentMail> toWorkshop() {
        return world.sentMails().stream()
                .filter(mail -> mail.to().contains(WORKSHOP))
                .toList();
    }
}
