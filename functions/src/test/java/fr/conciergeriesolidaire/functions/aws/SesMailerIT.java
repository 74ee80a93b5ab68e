package fr.conciergeriesolidaire.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MailRejectedException;
import fr.conciergeriesolidaire.functions.outbox.MailUnavailableException;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** The SES mailer against aws-ses-v2-local: what it sends, and how it tells a refusal for good from an outage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SesMailerIT {
    private EmulatedAws world;
    private final List<SendEmailRequest> requests = new ArrayList<>();

    @BeforeAll
    void start() {
        world = EmulatedAws.inMemory();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private SesMailer mailer() {
        Map<String, String> environment = world.environmentOf("OrderNotifierFunction");
        SesV2Client ses = new AwsClients(new Environment(environment)).ses();
        SesV2Client observed = SesV2Client.builder()
                .region(ses.serviceClientConfiguration().region())
                .endpointOverride(
                        ses.serviceClientConfiguration().endpointOverride().orElseThrow())
                .credentialsProvider(ses.serviceClientConfiguration().credentialsProvider())
                .overrideConfiguration(config -> config.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof SendEmailRequest request) {
                            requests.add(request);
                        }
                    }
                }))
                .build();
        return new SesMailer(observed, "conciergerie@exemple.fr", "contact@exemple.fr");
    }

    @Test
    void givenAnEmailAboutARecord_thenItsTagsTravelWithIt() {
        mailer().send(new Email(List.of("lou@exemple.fr"), "Sujet", "texte", "<p>html</p>", Map.of())
                .about("order", "K7QM-3XPA", "partner:atelier-repassage"));

        assertThat(requests.get(requests.size() - 1).emailTags())
                .extracting(tag -> tag.name() + "=" + tag.value())
                .containsExactlyInAnyOrder("feature=order", "record=K7QM-3XPA", "recipient=partner__atelier-repassage");
    }

    @Test
    void givenAMessageTheServiceRefusesAsItIs_thenItIsARefusalForGoodNotAnOutage() {
        // aws-ses-v2-local refuses a message without subject (400), as SES refuses one it cannot send.
        Email refused = new Email(List.of("lou@exemple.fr"), " ", "texte", "<p>html</p>", Map.of());

        assertThatThrownBy(() -> mailer().send(refused)).isInstanceOf(MailRejectedException.class);
    }

    @Test
    void givenTheServiceDown_thenItIsAnOutageWorthRetrying() {
        SesMailer mailer = mailer();
        world.emulators().mail().stop();
        try {
            assertThatThrownBy(
                            () -> mailer.send(new Email(List.of("lou@exemple.fr"), "Sujet", "t", "<p>h</p>", Map.of())))
                    .isInstanceOf(MailUnavailableException.class);
        } finally {
            world.emulators().mail().start();
        }
    }
}
