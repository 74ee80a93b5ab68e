package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A one-shot, invoked by hand after the deployment that brought "Mes données" (README, "Mes données": {@code aws
 * lambda invoke}): adds the e-mail key to every record of every kind that was stored without one, so that the
 * person finds them too. It answers what it did, kind by kind; "finished=false" means its time ran out: invoke it again.
 */
public final class EmailKeyBackfillHandler implements RequestHandler<ScheduledEvent, String> {
    /** The function's Timeout in template.yaml is 300 s: stop well before. */
    static final Duration BUDGET = Duration.ofSeconds(240);

    private final List<EmailKeyBackfill> backfills;
    private final Clock clock;

    /** What Lambda calls: every kind the function's environment names. */
    public EmailKeyBackfillHandler() {
        this(MyDataWiring.fromEnvironment().backfills(), Clock.systemUTC());
    }

    EmailKeyBackfillHandler(List<EmailKeyBackfill> backfills, Clock clock) {
        this.backfills = List.copyOf(backfills);
        this.clock = clock;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        Instant deadline = clock.instant().plus(BUDGET);
        return backfills.stream()
                .map(backfill -> backfill.run(deadline))
                .map(outcome -> outcome.kind() + ": examined=" + outcome.examined() + " keyed=" + outcome.keyed()
                        + " finished=" + outcome.finished())
                .collect(Collectors.joining("; "));
    }
}
