package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template checks find what they are meant to find (so their silence on template.yaml means something). */
class TemplateCheckersTest {
    private static final String BROKEN = """
            Parameters:
              Secret: {Type: String}
            Conditions:
              Always: !Equals [a, a]
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Condition: Sometimes
                Properties: {}
              Other:
                Type: AWS::DynamoDB::Table
                Properties: {}
              Fn:
                Type: AWS::Serverless::Function
                DependsOn: Ghost
                Properties:
                  Handler: x.Y::handleRequest
                  Environment:
                    Variables:
                      TABLE: !Ref Table
                      MISSING: !Ref Nowhere
                      LABEL: !Sub "${Secret}-${Unknown.Arn}-${!Literal}"
                      CHOICE: !If [Never, a, b]
                  Policies:
                    - AmazonDynamoDBFullAccess
                    - DynamoDBReadPolicy: {TableName: some-table}
                    - Statement:
                        - Effect: Allow
                          Action: ["dynamodb:*"]
                          Resource: "*"
                        - Effect: Allow
                          Action: [dynamodb:GetItem]
                          Resource: !GetAtt Other.Arn
                        - Effect: Allow
                          Action: [ses:SendEmail]
                          Resource: !Sub "arn:aws:ses:${AWS::Region}:${AWS::AccountId}:identity/*"
                        - Effect: Deny
                          Action: "*"
                          Resource: "*"
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: /x, Method: get, Ghost: !GetAtt Missing.Arn}}
            """;

    @TempDir
    Path folder;

    @Test
    void givenDanglingNamesThenEachIsReportedWithItsPlace() throws IOException {
        var problems = TemplateReferences.problems(broken());

        assertThat(problems)
                .anyMatch(problem -> problem.contains("unknown condition Sometimes"))
                .anyMatch(problem -> problem.contains("DependsOn unknown resource Ghost"))
                .anyMatch(problem -> problem.contains("MISSING: reference to unknown Nowhere"))
                .anyMatch(problem -> problem.contains("LABEL: reference to unknown Unknown"))
                .anyMatch(problem -> problem.contains("!If on unknown condition Never"))
                .anyMatch(problem -> problem.contains("!GetAtt of unknown resource Missing"))
                .noneMatch(problem -> problem.contains("Secret") || problem.contains("Literal"));
    }

    @Test
    void givenBroadRightsThenEachIsReportedButDenialsAreNot() throws IOException {
        var problems = TemplatePermissions.problems(broken());

        assertThat(problems)
                .anyMatch(problem -> problem.contains("managed policy AmazonDynamoDBFullAccess"))
                .anyMatch(problem -> problem.contains("DynamoDBReadPolicy.TableName must be a !Ref"))
                .anyMatch(problem -> problem.contains("wildcard or missing action in [dynamodb:*]"))
                .anyMatch(problem -> problem.contains("wildcard resource *"))
                .anyMatch(problem -> problem.contains("not a table its environment names [Table]"))
                .anyMatch(problem -> problem.contains("SES rights must be on the MailIdentity identity only"))
                .noneMatch(problem -> problem.contains("Deny"));
    }

    private SamTemplate broken() throws IOException {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, BROKEN);
        return SamTemplate.read(file);
    }
}
