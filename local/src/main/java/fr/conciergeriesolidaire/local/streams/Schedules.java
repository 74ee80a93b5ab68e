package fr.conciergeriesolidaire.local.streams;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.emulators.DynamoDbEmulator;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.DaemonThreads;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import fr.conciergeriesolidaire.local.functions.LocalFunctions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template's {@code Schedule} events (the notification sweeper), run on a timer at their {@code rate(...)}.
 * {@code cron(...)} expressions are not run locally; the console says so.
 */
public final class Schedules implements AutoCloseable {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minutes?|hours?|days?)\\s*\\)");

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("schedules"));

    private Schedules() {}

    public static Schedules start(LocalFunctions functions, PrintStream log) {
        Schedules schedules = new Schedules();
        for (LocalFunction function : functions.withEvents(EventSources.SCHEDULE)) {
            for (SamTemplate.EventSource source : function.definition().eventsOfType(EventSources.SCHEDULE)) {
                if (Boolean.FALSE.equals(source.properties().get("Enabled"))) {
                    continue;
                }
                String expression = Objects.toString(source.properties().get("Schedule"), "");
                Optional<Duration> period = rate(expression);
                if (period.isEmpty()) {
                    log.println(function.logicalId() + " : « " + expression + " » n'est pas lancé en local"
                            + " (seules les expressions rate(...) le sont).");
                    continue;
                }
                long millis = period.get().toMillis();
                schedules.timer.scheduleWithFixedDelay(
                        () -> run(function, expression, log), millis, millis, TimeUnit.MILLISECONDS);
            }
        }
        return schedules;
    }

    /** {@code rate(5 minutes)} is five minutes; anything else is not a rate. */
    public static Optional<Duration> rate(String expression) {
        Matcher matcher = RATE.matcher(expression.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        return Optional.of(
                unit.startsWith("minute")
                        ? Duration.ofMinutes(amount)
                        : unit.startsWith("hour") ? Duration.ofHours(amount) : Duration.ofDays(amount));
    }

    private static void run(LocalFunction function, String expression, PrintStream log) {
        ScheduledEvent event = new ScheduledEvent()
                .withId(UUID.randomUUID().toString())
                .withDetailType("Scheduled Event")
                .withSource("aws.events")
                .withAccount("000000000000")
                .withRegion(DynamoDbEmulator.REGION)
                .withResources(List.of("arn:aws:events:local:000000000000:rule/" + function.logicalId()));
        long start = System.nanoTime();
        try {
            function.invoke(event, Object.class);
            log.println(function.logicalId() + " ← " + expression + " : " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        } catch (RuntimeException failed) {
            // Logged and left for the next tick, as Lambda would retry the scheduled invocation.
            log.println(function.logicalId() + " ← " + expression + " : a échoué ("
                    + failed.getClass().getName() + ")");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
