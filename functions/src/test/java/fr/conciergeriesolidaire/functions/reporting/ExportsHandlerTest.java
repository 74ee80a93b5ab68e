package fr.conciergeriesolidaire.functions.reporting;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.reporting.Facts.COMPANY_SITE;
import static fr.conciergeriesolidaire.functions.reporting.Facts.TILLEULS;
import static fr.conciergeriesolidaire.functions.reporting.Facts.line;
import static fr.conciergeriesolidaire.functions.reporting.Facts.order;
import static fr.conciergeriesolidaire.functions.reporting.Facts.orders;
import static fr.conciergeriesolidaire.functions.reporting.Facts.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The monthly exports: a file to save (CSV for French spreadsheets, safe name, never cached), each recorded in the
 * audit trail with who, when, which kind and month and never the data; the form again with its errors (400); every
 * refusal (role, forged form, not signed in) with nothing exported and nothing recorded.
 */
class ExportsHandlerTest {
    private static final CSVFormat SPREADSHEET =
            CSVFormat.Builder.create().setDelimiter(';').setQuote('"').get();

    private final InMemoryReporting reporting = new InMemoryReporting();
    private final SignedInMember team = InMemoryReporting.member("Dominique Équipe", Role.TEAM);

    @Test
    void givenAMonthsOrdersThenTheFileHasOneRowPerServiceWithFrenchHeadersAndTheExportIsRecordedWithoutTheData()
            throws IOException {
        reporting.store.orders.add(order(
                "AAAA-0001",
                "2026-03-02T09:00:00Z",
                TILLEULS,
                "RECEIVED",
                "p1",
                line("pressing", 3, 250, "ACCEPTED"),
                new LineFacts(
                        "=cmd|' /C calc'!A0", "@pièce", "evil", "+Partenaire; \"malin\"", 1, 1200, 1200, "REFUSED")));
        reporting.store.orders.add(
                order("AAAA-0002", "2026-02-27T09:00:00Z", TILLEULS, "READY", "p1", line("pressing", 1, 250, "READY")));

        APIGatewayV2HTTPResponse file = reporting.export(team, "kind", "commandes", "month", "2026-03");

        assertThat(file.getStatusCode()).isEqualTo(200);
        assertThat(file.getHeaders())
                .containsEntry("Content-Type", "text/csv; charset=utf-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"commandes-2026-03.csv\"")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Robots-Tag", "noindex, nofollow")
                .containsEntry("X-Content-Type-Options", "nosniff");
        List<CSVRecord> rows = parse(file.getBody());
        assertThat(rows.get(0).toList())
                .startsWith("Référence", "Reçue le", "Comptoir ou site", "Date de dépôt", "État de la commande")
                .endsWith("Réponse du partenaire", "Compté dans les montants");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList())
                .containsExactly(
                        "AAAA-0001",
                        "2026-03-02 10:00",
                        "Comptoir des Tilleuls",
                        "2026-03-04",
                        "Reçue",
                        "Service de pressing",
                        "la pièce",
                        "Partenaire pressing",
                        "3",
                        "2,50",
                        "7,50",
                        "Acceptée",
                        "oui");
        assertThat(rows.get(2).toList())
                .as("names that are formulas stay text")
                .containsSequence("'=cmd|' /C calc'!A0", "'@pièce", "'+Partenaire; \"malin\"")
                .endsWith("Refusée", "non");

        assertThat(reporting.audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("exports");
            assertThat(entry.memberId()).isEqualTo(team.memberId());
            assertThat(entry.memberName()).isEqualTo("Dominique Équipe");
            assertThat(entry.at()).isEqualTo(InMemoryReporting.NOW);
            assertThat(entry.action()).isEqualTo("audit.export.commandes");
            assertThat(entry.detail()).as("the month, never the data").isEqualTo("2026-03");
        });
        Document page = page(reporting.exportsPage(team));
        assertThat(page.select("main ol.trail > li").text())
                .isEqualTo("lundi 16 mars 2026 à 11 h · Dominique Équipe Commandes du mois, mars 2026");
    }

    @Test
    void givenPartnersAndSignUpsThenTheirFilesHaveTheirRowsAndHostileCompanyNamesStayText() throws IOException {
        reporting.store.orders.addAll(orders("""
                AAAA-0001 2026-03-02T09:00:00Z comptoir-tilleuls RECEIVED p1 pressing×3@250:ACCEPTED pressing×1@500:PENDING
                AAAA-0002 2026-03-03T09:00:00Z site-entreprise-bailleur CANCELLED p2 pressing×9@250:PENDING
                """));
        reporting.store.signUps.add(signUp(
                "SIGN-0001",
                "2026-03-05T08:00:00Z",
                "ACTIVE",
                "=HYPERLINK(\"http://evil.example\";\"Payer\")",
                120,
                Optional.of(COMPANY_SITE)));
        reporting.store.signUps.add(
                signUp("SIGN-0002", "2026-02-05T08:00:00Z", "DROPPED", "Février", 50, Optional.empty()));

        List<CSVRecord> partners = parse(reporting
                .export(team, "kind", "partenaires", "month", "2026-03")
                .getBody());
        List<CSVRecord> signUps = parse(
                reporting.export(team, "kind", "adhesions", "month", "2026-03").getBody());

        assertThat(partners.get(0).toList())
                .containsExactly("Partenaire", "Services commandés", "Commandes", "Montant (€)");
        assertThat(partners.get(1).toList()).containsExactly("Partenaire pressing", "4", "1", "12,50");
        assertThat(partners).hasSize(2);
        assertThat(signUps).hasSize(2);
        assertThat(signUps.get(1).toList())
                .containsExactly(
                        "SIGN-0001",
                        "2026-03-05 09:00",
                        "Active",
                        "'=HYPERLINK(\"http://evil.example\";\"Payer\")",
                        "73282932000074",
                        "20 rue de l'Entreprise, 51100 Reims",
                        "120",
                        "2026-04-01",
                        "598,00",
                        "Conciergerie d'entreprise du bailleur partenaire");
        assertThat(reporting.audit.all())
                .extracting(AuditEntry::action)
                .containsExactly("audit.export.partenaires", "audit.export.adhesions");
    }

    @Test
    void givenAKindOrMonthNotOfferedThenTheFormComesBackWith400AndNothingIsExportedNorRecorded() {
        APIGatewayV2HTTPResponse missing = assertPrivate(reporting.export(team));
        assertThat(missing.getStatusCode()).isEqualTo(400);
        assertThat(page(missing).select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#kind", "#month");

        APIGatewayV2HTTPResponse unknown =
                assertPrivate(reporting.export(team, "kind", "clients", "month", "2026-03/../../etc"));
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(page(unknown).select("#month-erreur").text()).isEqualTo("Choisissez un des mois proposés.");

        APIGatewayV2HTTPResponse tooOld =
                assertPrivate(reporting.export(team, "kind", "commandes", "month", "2025-01"));
        assertThat(tooOld.getStatusCode()).isEqualTo(400);
        assertThat(page(tooOld).select("#month-erreur").text())
                .isEqualTo("Les commandes ne sont conservées que 13 mois : choisissez un mois plus récent.");
        assertThat(page(tooOld).select("input[name=kind][value=commandes]").hasAttr("checked"))
                .isTrue();
        assertThat(reporting
                        .export(team, "kind", "adhesions", "month", "2025-01")
                        .getStatusCode())
                .as("sign-ups are kept three years")
                .isEqualTo(200);
        assertThat(reporting.audit.all()).hasSize(1);
    }

    @Test
    void givenAConciergeAForgedFormOrNoMemberThenNothingIsExportedNorRecorded() {
        SignedInMember concierge = InMemoryReporting.member("Camille Comptoir", Role.COUNTER);
        assertThat(assertPrivate(reporting.exportsPage(concierge)).getStatusCode())
                .isEqualTo(403);
        assertThat(assertPrivate(reporting.export(concierge, "kind", "commandes", "month", "2026-03"))
                        .getStatusCode())
                .isEqualTo(403);

        Map<String, String> fields = BackOfficeEvents.fields("kind", "commandes", "month", "2026-03");
        Map<String, String> wrongToken = new HashMap<>(fields);
        wrongToken.put(FormGuard.FIELD, "pas-le-bon-jeton");
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(FormGuard.FIELD, team.csrfToken());
        for (APIGatewayV2HTTPEvent forged : List.of(
                BackOfficeEvents.post(ExportsHandler.DOWNLOAD, Map.of(), fields),
                BackOfficeEvents.post(ExportsHandler.DOWNLOAD, Map.of(), wrongToken),
                BackOfficeEvents.post(ExportsHandler.DOWNLOAD, Map.of(), withToken, "https://evil.example"))) {
            APIGatewayV2HTTPResponse refused =
                    assertPrivate(reporting.exports.handleRequest(BackOfficeEvents.signedIn(forged, team), null));
            assertThat(refused.getStatusCode()).isEqualTo(403);
            assertThat(refused.getHeaders()).doesNotContainKey("Content-Disposition");
        }
        APIGatewayV2HTTPResponse anonymous = assertPrivate(reporting.exports.handleRequest(
                BackOfficeEvents.post(ExportsHandler.DOWNLOAD, Map.of(), withToken), null));
        assertThat(anonymous.getStatusCode()).isEqualTo(401);
        assertThat(reporting.audit.all()).isEmpty();
        assertThat(main(reporting.exportsPage(team))).contains("Aucun export pour le moment.");
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        assertThat(body).startsWith("\uFEFF").endsWith("\r\n");
        try (var parser = SPREADSHEET.parse(new StringReader(body.substring(1)))) {
            return parser.getRecords();
        }
    }
}
