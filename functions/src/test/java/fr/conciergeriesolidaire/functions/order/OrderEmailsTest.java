package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The e-mails of one order, written by their templates from what the order stored. */
class OrderEmailsTest {
    private final InMemoryOrders orders = new InMemoryOrders();
    private static final String LINK = "https://www.exemple.fr/api/partenaire/un-lien";
    private final OrderEmails emails = new OrderEmails(
            PackagedSiteData.data().organisation(),
            Templates.packaged(),
            (order, partner) -> Optional.of(LINK),
            Optional.of(new FollowUpLinks(TestParts.HASH)));

    private StoredOrder placed(String comment) {
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-json.json");
        event.setBody(event.getBody().replace("Chemises à rendre sur cintre.", comment));
        var response = orders.submissionHandler().handleRequest(event, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        return orders.stored().values().iterator().next();
    }

    @Test
    void givenAnOrder_thenTheCustomerIsToldItsReferenceSlotServicesAndTotalButNothingElseTheyTyped() {
        StoredOrder order = placed("Sonnez <b>deux</b> fois & attendez");

        Email customer = emails.customer(order);

        assertThat(customer.to())
                .containsExactly(order.request().customer().contact().email());
        assertThat(customer.subject()).isEqualTo("Votre commande " + order.reference() + " est enregistrée");
        assertThat(customer.text())
                .startsWith("Bonjour,\n\nNous avons bien reçu votre commande.")
                .contains(order.reference(), "Comptoir\u00a0: ", "Dépôt\u00a0: ", "Total à régler aux partenaires")
                .contains("3 × ")
                .doesNotContain(order.request().customer().contact().firstName())
                .doesNotContain(order.request().customer().contact().lastName())
                .doesNotContain("Sonnez")
                .doesNotContain("\n\n\n")
                .endsWith("La conciergerie solidaire 51\n");
        assertThat(customer.html()).startsWith("<!DOCTYPE html>").contains("<title>Votre commande ");
    }

    @Test
    void givenAnOrder_thenTheTeamGetsTheContactDetailsUnderTheFormsLabelsEscapedInHtml() {
        StoredOrder order = placed("Sonnez <b>deux</b> fois & attendez");

        Email team = emails.team(order);

        assertThat(team.text())
                .contains(
                        "Prénom\u00a0: " + order.request().customer().contact().firstName())
                .contains("Téléphone\u00a0: "
                        + order.request().customer().contact().phone())
                .contains("Précisions\u00a0: Sonnez <b>deux</b> fois & attendez");
        assertThat(team.html())
                .contains("Sonnez &lt;b&gt;deux&lt;/b&gt; fois &amp; attendez")
                .doesNotContain("<b>deux");
    }

    @Test
    void givenAnOrderForTwoPartners_thenEachPartnerSeesOnlyItsOwnLinesAndTheFirstName() {
        StoredOrder order = placed("rien");
        String partner = order.request().lines().get(0).partnerId();

        Email theirs = emails.message(order, "partner:" + partner);

        assertThat(theirs.text())
                .contains("Prénom du client\u00a0: "
                        + order.request().customer().contact().firstName())
                .contains("Répondre pour cette commande (" + LINK + ")")
                .doesNotContain(order.request().customer().contact().lastName())
                .doesNotContain(order.request().customer().contact().phone());
        order.request().lines().stream()
                .filter(line -> !line.partnerId().equals(partner))
                .forEach(line -> assertThat(theirs.text()).doesNotContain(line.serviceName()));
        assertThat(theirs.html()).contains("<a href=\"" + LINK + "\">");
    }

    @Test
    void givenAPartnerWhoseOrderWaitsForItsDigest_thenItsNoticeSendsNothingNow() {
        StoredOrder order = placed("rien");
        OrderEmails digest = new OrderEmails(
                PackagedSiteData.data().organisation(),
                Templates.packaged(),
                (placed, partner) -> Optional.empty(),
                Optional.of(new FollowUpLinks(TestParts.HASH)));

        Email notice = digest.message(
                order, "partner:" + order.request().lines().get(0).partnerId());

        assertThat(notice.isNothing()).isTrue();
        assertThat(digest.message(order, "customer").isNothing()).isFalse();
    }
}
