package fr.conciergeriesolidaire.local.benchmark;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.local.RunnerProcess;
import fr.conciergeriesolidaire.local.RunnerProgramme;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Registrations through the packaged local runner (the functions as template.yaml builds them, dynalite and
 * aws-ses-v2-local behind), as visitors send them: rounds of {@value #CONCURRENT} registrations at the same moment for
 * the last places of a workshop (each request timed from send to answer), then the places left of an event asked
 * again and again (the availability endpoint, warm). Prints medians and 95th percentiles (BENCHMARKS.md).
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl local -am verify -DskipTests} (the runner jar is packaged first).
 */
public final class RegistrationLoadBenchmark {
    private static final int CONCURRENT = 50;
    private static final int ROUNDS = 5;
    private static final int WARM_UP = 30;
    private static final int AVAILABILITY_REQUESTS = 300;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final RunnerProcess runner;
    private final RunnerProgramme programme;
    private int people;

    private RegistrationLoadBenchmark(RunnerProcess runner, Emulators emulators) {
        this.runner = runner;
        this.programme = new RunnerProgramme(emulators.dynamoDb().client());
    }

    public static void main(String[] args) throws Exception {
        try (Emulators emulators = Emulators.startInMemory();
                RunnerProcess runner = RunnerProcess.against(
                        emulators, Map.of("REGISTRATION_RATE_LIMIT", "1000000", "CONFIRMATION_LIMIT", "1000000"))) {
            runner.awaitHealthy(HttpClient.newHttpClient(), Duration.ofSeconds(120));
            new RegistrationLoadBenchmark(runner, emulators).run();
        }
    }

    private void run() throws Exception {
        String warmUp = workshop("echauffement", 1000);
        for (int request = 0; request < WARM_UP; request++) {
            register(warmUp);
            availability(warmUp);
        }
        List<Long> latencies = new ArrayList<>();
        int confirmed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String event = workshop("course-" + round, 10);
            for (int taken = 0; taken < 8; taken++) {
                register(event);
            }
            List<Answer> answers = concurrently(event);
            answers.forEach(answer -> latencies.add(answer.nanos()));
            confirmed += (int) answers.stream()
                    .filter(answer -> answer.body().contains("\"confirmed\""))
                    .count();
            long failed =
                    answers.stream().filter(answer -> answer.status() != 201).count();
            if (failed > 0) {
                throw new IllegalStateException(failed + " registrations failed in round " + round);
            }
        }
        List<Long> availability = new ArrayList<>();
        for (int request = 0; request < AVAILABILITY_REQUESTS; request++) {
            availability.add(availability(warmUp));
        }
        System.out.printf(
                "Registrations through the runner, %d at once for the last 2 places, %d rounds (%d requests):"
                        + " median %.1f ms, p95 %.1f ms, max %.1f ms; confirmed %d (expected %d)%n",
                CONCURRENT,
                ROUNDS,
                latencies.size(),
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 95)),
                millis(percentile(latencies, 100)),
                confirmed,
                2 * ROUNDS);
        System.out.printf(
                "Availability endpoint through the runner, warm, %d requests one after another: median %.2f ms,"
                        + " p95 %.2f ms%n",
                availability.size(), millis(percentile(availability, 50)), millis(percentile(availability, 95)));
    }

    private record Answer(int status, String body, long nanos) {}

    private List<Answer> concurrently(String event) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int person = 0; person < CONCURRENT; person++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return send(event);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private void register(String event) throws Exception {
        Answer answer = send(event);
        if (answer.status() != 201) {
            throw new IllegalStateException("Registration refused: " + answer.status() + " " + answer.body());
        }
    }

    private Answer send(String event) throws Exception {
        int person;
        synchronized (this) {
            person = ++people;
        }
        String body = "{\"firstName\":\"Camille\",\"lastName\":\"Mesure\",\"email\":\"mesure." + person
                + "@exemple.fr\",\"consent\":true}";
        HttpRequest request = HttpRequest.newBuilder(runner.uri("/api/events/" + event + "/registrations"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
    }

    private long availability(String event) throws Exception {
        URI uri = runner.uri("/api/events/" + event + "/availability");
        long started = System.nanoTime();
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Availability: " + response.statusCode());
        }
        return nanos;
    }

    /** A workshop a week from now in the runner's events table, as the team's editing puts it. */
    private String workshop(String name, int capacity) {
        String slug = "mesure-" + name;
        programme.addWorkshop(slug, "Atelier " + name, capacity, 1);
        return slug;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
