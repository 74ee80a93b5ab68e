package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbox of unit tests: the same state changes as {@code aws.DynamoDbOutbox}, each under the same condition,
 * held in memory. What DynamoDB itself does with them is tested against dynalite (*IT).
 */
public final class InMemoryOutbox implements Outbox {
    private final Map<String, Map<String, Delivery>> records = new TreeMap<>();
    private final Map<String, Map<String, String>> claims = new TreeMap<>();
    private final Map<String, Instant> due = new TreeMap<>();
    private final Map<String, String> undelivered = new TreeMap<>();

    /** A new record whose e-mails are all pending now. */
    public synchronized void add(String key, List<String> recipients, Instant now) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        recipients.forEach(recipient ->
                deliveries.put(recipient, new Delivery(recipient, DeliveryState.PENDING, 0, now, Optional.empty())));
        records.put(key, deliveries);
        claims.put(key, new LinkedHashMap<>());
        due.put(key, now);
    }

    /** One more e-mail of an existing record, pending now (a change of the record adds it), the record due again. */
    public synchronized void addDelivery(String key, String recipient, Instant now) {
        records.computeIfAbsent(key, created -> new LinkedHashMap<>())
                .put(recipient, new Delivery(recipient, DeliveryState.PENDING, 0, now, Optional.empty()));
        claims.computeIfAbsent(key, created -> new LinkedHashMap<>());
        due.put(key, now);
    }

    public synchronized Map<String, Delivery> deliveries(String key) {
        return Map.copyOf(records.getOrDefault(key, Map.of()));
    }

    /** Whether the record is still in the sweeper's view. */
    public synchronized boolean isDue(String key) {
        return due.containsKey(key);
    }

    @Override
    public synchronized Optional<Integer> claim(
            String key, String recipient, String claim, Instant now, Instant leaseUntil) {
        Delivery delivery = records.getOrDefault(key, Map.of()).get(recipient);
        if (delivery == null || !delivery.isDue(now)) {
            return Optional.empty();
        }
        int attempt = delivery.attempts() + 1;
        put(
                key,
                new Delivery(
                        recipient, DeliveryState.SENDING, attempt, delivery.nextAttemptAt(), Optional.of(leaseUntil)));
        claims.get(key).put(recipient, claim);
        return Optional.of(attempt);
    }

    @Override
    public synchronized boolean markSent(String key, String recipient, String claim, Instant now) {
        return release(key, recipient, claim, DeliveryState.SENT, now);
    }

    @Override
    public synchronized boolean retryLater(String key, String recipient, String claim, Instant nextAttemptAt) {
        return release(key, recipient, claim, DeliveryState.PENDING, nextAttemptAt);
    }

    @Override
    public synchronized boolean giveUp(String key, String recipient, String claim, Instant now) {
        if (!release(key, recipient, claim, DeliveryState.FAILED, now)) {
            return false;
        }
        if (!ALERT.equals(recipient)) {
            records.get(key).putIfAbsent(ALERT, new Delivery(ALERT, DeliveryState.PENDING, 0, now, Optional.empty()));
        }
        return true;
    }

    @Override
    public synchronized boolean recordUndelivered(String key, String recipient, String what, Instant at) {
        boolean known = records.getOrDefault(key, Map.of()).containsKey(recipient);
        if (known) {
            undelivered.put(key + " " + recipient, what);
        }
        return known;
    }

    /** What the mail service reported for that e-mail, if anything. */
    public synchronized String undelivered(String key, String recipient) {
        return undelivered.get(key + " " + recipient);
    }

    @Override
    public synchronized void settle(String key, Map<String, Delivery> deliveries) {
        Optional<Instant> wakeUp = deliveries.values().stream()
                .map(Delivery::wakeUp)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (wakeUp.isPresent()) {
            due.put(key, wakeUp.get());
        } else {
            due.remove(key);
        }
    }

    @Override
    public synchronized List<String> due(Instant now, int limit) {
        return due.entrySet().stream()
                .filter(entry -> !entry.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean release(String key, String recipient, String claim, DeliveryState state, Instant at) {
        if (!claim.equals(claims.getOrDefault(key, Map.of()).get(recipient))) {
            return false;
        }
        claims.get(key).remove(recipient);
        Delivery delivery = records.get(key).get(recipient);
        put(key, new Delivery(recipient, state, delivery.attempts(), at, Optional.empty()));
        return true;
    }

    private void put(String key, Delivery delivery) {
        records.get(key).put(delivery.recipient(), delivery);
    }
}
