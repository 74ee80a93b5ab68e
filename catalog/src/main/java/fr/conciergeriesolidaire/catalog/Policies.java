package fr.conciergeriesolidaire.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** The contents of policies.yaml: the rules the forms apply and how long personal data is kept. */
public record Policies(OrderRules orders, SubscriptionRules subscriptions, Retention retention) {

    public record OrderRules(Duration minimumNotice, Period maximumAdvance, int maxLines, int commentMaxLength) {}

    public record SubscriptionRules(int messageMaxLength, Period maxStartAdvance) {}

    /**
     * How long each kind of data is kept. Registrations count from the event's end, the audit trail from the action
     * it records, the others from the submission.
     *
     * @param myDataLinks how long a "Mes données" link works, and its request (the address typed) waits to be sent
     * @param erasureConfirmations how long an erased person's address may wait for its confirmation to be sent
     */
    public record Retention(
            Period orders,
            Period subscriptions,
            Period registrations,
            Period proposals,
            Period audit,
            Duration rateLimit,
            Duration myDataLinks,
            Duration erasureConfirmations) {
        /** When an order submitted at that instant must be erased. */
        public Instant orderExpiry(Instant submittedAt) {
            return plus(submittedAt, orders);
        }

        /** When a company sign-up submitted at that instant must be erased. */
        public Instant subscriptionExpiry(Instant submittedAt) {
            return plus(submittedAt, subscriptions);
        }

        /** When a registration for an event ending at that instant must be erased. */
        public Instant registrationExpiry(Instant eventEnd) {
            return plus(eventEnd, registrations);
        }

        /** When a resident's proposal submitted at that instant must be erased. */
        public Instant proposalExpiry(Instant submittedAt) {
            return plus(submittedAt, proposals);
        }

        /** When an audit entry of an action done at that instant expires. */
        public Instant auditExpiry(Instant doneAt) {
            return plus(doneAt, audit);
        }

        private static Instant plus(Instant instant, Period period) {
            return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        }
    }
}
