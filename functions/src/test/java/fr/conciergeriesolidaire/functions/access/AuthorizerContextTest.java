package fr.conciergeriesolidaire.functions.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizerContextTest {
    private final SignedInMember member = new SignedInMember(
            "m-1", "Camille Martin", Role.COUNTER, List.of("comptoir-tilleuls", "comptoir-canal"), "s", "c");

    @Test
    void givenTheAuthorizersContextThenTheFunctionReadsTheSameMember() {
        assertThat(AuthorizerContext.signedIn(event(new HashMap<>(AuthorizerContext.of(member)))))
                .isEqualTo(member);
        assertThat(AuthorizerContext.of(member).values())
                .allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
    }

    @Test
    void givenNoContextOrAnIncompleteOneThenNobodyIsSignedIn() {
        Map<String, Object> withoutRole = new HashMap<>(AuthorizerContext.of(member));
        withoutRole.remove("role");
        Map<String, Object> unknownRole = new HashMap<>(AuthorizerContext.of(member));
        unknownRole.put("role", "GOD");

        for (APIGatewayV2HTTPEvent event :
                List.of(APIGatewayV2HTTPEvent.builder().build(), event(null), event(withoutRole), event(unknownRole))) {
            assertThatThrownBy(() -> AuthorizerContext.signedIn(event)).isInstanceOf(NotSignedInException.class);
        }
    }

    @Test
    void givenAConciergeThenTheyMayServeTheirCountersOnlyAndOtherRolesServeAll() {
        assertThat(member.mayServe("comptoir-canal")).isTrue();
        assertThat(member.mayServe("site-entreprise-bailleur")).isFalse();
        assertThat(new SignedInMember("t", "T", Role.TEAM, List.of(), "s", "c").mayServe("site-entreprise-bailleur"))
                .isTrue();
        assertThatThrownBy(() -> member.require(Role.ADMIN, Role.TEAM)).isInstanceOf(AccessDeniedException.class);
    }

    private static APIGatewayV2HTTPEvent event(Map<String, Object> context) {
        return APIGatewayV2HTTPEvent.builder()
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withLambda(context)
                                .build())
                        .build())
                .build();
    }
}
