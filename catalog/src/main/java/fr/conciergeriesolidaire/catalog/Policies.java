package fr.conciergeriesolidaire.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** The contents of policies.yaml: the rules the forms apply and how long personal data is kept. */
public record Policies(OrderRules orders, SubscriptionRules subscriptions, Retention retention) {

    public record OrderRules(Duration minimumNotice, Period maximumAdvance, int maxLines, int commentMaxLength) {}

    public record SubscriptionRules(int messageMaxLength, Period maxStartAdvance) {}

    public record Retention(Period orders, Period subscriptions, Duration rateLimit) {
        /** When an order submitted at that instant must be erased. */
        public Instant orderExpiry(Instant submittedAt) {
            return plus(submittedAt, orders);
        }

        /** When a company sign-up submitted at that instant must be erased. */
        public Instant subscriptionExpiry(Instant submittedAt) {
            return plus(submittedAt, subscriptions);
        }

        private static Instant plus(Instant instant, Period period) {
            return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        }
    }
}
