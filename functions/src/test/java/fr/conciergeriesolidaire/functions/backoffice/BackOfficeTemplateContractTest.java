package fr.conciergeriesolidaire.functions.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAccessTokens;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** template.yaml and the back-office's code agree: keys, indexes and expiry of its tables; the route keys handled. */
class BackOfficeTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenTheBackOfficesTablesThenTheirKeysIndexesAndExpiryAreWhatTheCodeWritesAndQueries() {
        assertThat(template.tables().get("MembersTable").toString())
                .contains("AttributeName=" + MemberItemMapper.MEMBER_ID + ", KeyType=HASH")
                .contains("IndexName=" + MemberItemMapper.BY_EMAIL_INDEX)
                .contains("AttributeName=" + MemberItemMapper.EMAIL_HASH + ", KeyType=HASH")
                .contains("IndexName=" + MemberItemMapper.BY_ROLE_INDEX)
                .contains("AttributeName=" + MemberItemMapper.ROLE + ", KeyType=HASH")
                .contains("AttributeName=" + MemberItemMapper.NAME + ", KeyType=RANGE");
        assertThat(template.tables().get("AccessTokensTable").toString())
                .contains("AttributeName=tokenHash, KeyType=HASH")
                .contains("IndexName=" + DynamoDbAccessTokens.BY_MEMBER_INDEX)
                .contains("AttributeName=memberId, KeyType=HASH")
                .contains("TimeToLiveSpecification={AttributeName=" + Expiry.ATTRIBUTE + ", Enabled=true}");
        assertThat(template.tables().get("SignInRequestsTable").toString())
                .contains("AttributeName=" + DynamoDbSignInRequests.REQUEST_ID + ", KeyType=HASH")
                .contains("TimeToLiveSpecification={AttributeName=" + Expiry.ATTRIBUTE + ", Enabled=true}")
                .contains("StreamViewType=KEYS_ONLY");
    }

    @Test
    void givenTheMembersFunctionThenEachOfItsRoutesIsOneTheHandlerAnswers() {
        List<String> routes = template.functions().stream()
                .filter(function -> function.logicalId().equals("MembersFunction"))
                .flatMap(function -> function.routes().stream())
                .map(route -> route.method() + " " + route.path())
                .toList();

        assertThat(routes)
                .containsExactlyInAnyOrder(
                        MembersHandler.LIST,
                        MembersHandler.ADD,
                        MembersHandler.NEW,
                        MembersHandler.SHOW,
                        MembersHandler.CHANGE,
                        MembersHandler.REMOVE,
                        MembersHandler.END_SESSIONS);
    }
}
