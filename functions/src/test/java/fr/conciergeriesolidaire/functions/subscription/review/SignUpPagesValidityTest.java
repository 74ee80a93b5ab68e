package fr.conciergeriesolidaire.functions.subscription.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import fr.conciergeriesolidaire.functions.testing.ValidPages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sign-up page in every state a member meets, in the site's real shell: valid HTML (Nu Html Checker), one {@code
 * h1}, each control labelled. (axe-core runs on them in the browser tests.)
 */
class SignUpPagesValidityTest {
    private final InMemoryReview review = new InMemoryReview();
    private final SignedInMember team = InMemoryReview.member("Dominique Équipe", Role.TEAM);

    @Test
    void givenEverySignUpPageAndStateThenEachIsValidHtmlWithOneHeadingAndLabelledControls() {
        Map<String, APIGatewayV2HTTPResponse> pages = new LinkedHashMap<>();
        pages.put("list, none", review.get(SignUpsHandler.LIST, "", Map.of(), team));
        StoredSubscription waiting = review.signUp("1 rue de Talleyrand");
        StoredSubscription followed = review.signUp("2 rue de Talleyrand");
        StoredSubscription dropped = review.signUp("3 rue de Talleyrand");
        post(SignUpsHandler.MOVE, dropped, "1", "status", "DROPPED", "reason", "Pas de local\npour le concierge");
        pages.put("list", review.get(SignUpsHandler.LIST, "", Map.of(), team));
        pages.put("list, dropped", review.get(SignUpsHandler.LIST, "", Map.of("etape", "DROPPED"), team));
        pages.put("sign-up", review.get(SignUpsHandler.SHOW, waiting.reference(), Map.of(), team));
        pages.put(
                "sign-up, moved",
                review.get(SignUpsHandler.SHOW, waiting.reference(), Map.of("fait", "etape-changee"), team));
        pages.put("sign-up, dropped", review.get(SignUpsHandler.SHOW, dropped.reference(), Map.of(), team));
        pages.put("sign-up, no reason", post(SignUpsHandler.MOVE, waiting, "1", "status", "DROPPED", "reason", ""));
        pages.put("sign-up, no step", post(SignUpsHandler.MOVE, waiting, "1"));
        pages.put("sign-up, step not allowed", post(SignUpsHandler.MOVE, waiting, "1", "status", "ACTIVE"));
        pages.put(
                "sign-up, wrong terms",
                post(SignUpsHandler.TERMS, waiting, "1", "startDate", "demain", "employees", "0", "counter", "x"));
        pages.put("sign-up, empty note", post(SignUpsHandler.NOTE, waiting, "1", "note", ""));
        pages.put("sign-up, no version", post(SignUpsHandler.NOTE, waiting, "", "note", "vu"));

        post(SignUpsHandler.MOVE, followed, "1", "status", "CONTACTED");
        post(SignUpsHandler.NOTE, followed, "2", "note", "Rappeler jeudi <b>sans faute</b>.");
        post(
                SignUpsHandler.TERMS,
                followed,
                "3",
                "startDate",
                "2026-05-04",
                "employees",
                "140",
                "counter",
                InMemoryReview.SITE);
        post(SignUpsHandler.MOVE, followed, "4", "status", "AGREEMENT_SIGNED");
        pages.put("sign-up, conflict", post(SignUpsHandler.MOVE, followed, "4", "status", "ACTIVE"));
        post(SignUpsHandler.MOVE, followed, "5", "status", "ACTIVE");
        pages.put(
                "sign-up, active with notes and trail",
                review.get(SignUpsHandler.SHOW, followed.reference(), Map.of(), team));
        pages.put("sign-up, unknown", review.get(SignUpsHandler.SHOW, "ZZZZ-ZZZZ", Map.of(), team));
        pages.put(
                "sign-up, refused to a concierge",
                review.get(
                        SignUpsHandler.SHOW,
                        waiting.reference(),
                        Map.of(),
                        InMemoryReview.member("Camille", Role.COUNTER)));

        assertThat(pages.get("sign-up, conflict").getStatusCode()).isEqualTo(409);
        assertThat(pages.get("sign-up, active with notes and trail").getBody())
                .contains("Rappeler jeudi &lt;b&gt;sans faute&lt;/b&gt;.");
        ValidPages.assertEach(pages);
        assertThat(pages).hasSize(16);
    }

    private APIGatewayV2HTTPResponse post(String route, StoredSubscription signUp, String version, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "version";
        all[1] = version;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return review.post(route, signUp.reference(), team, all);
    }
}
