/**
 * The team's figures: indicators (orders and amounts per month, counter and partner; the reach of each active company
 * site) and monthly CSV exports, each export recorded in the audit trail.
 *
 * <p>It reads two features' records (orders, sign-ups) without depending on either: features never depend on each
 * other (ArchitectureTest), and an interface in the kernel would still need each feature to wire its implementation
 * into this one's handlers. So this feature owns a read model of its own: queries on the indexes those features
 * declare for it ({@code by-month}, {@code by-status}), projected on the attributes it shows (no customer, no contact
 * person), mapped by {@code OrderFactsMapper} and {@code SignUpFactsMapper}. What holds the two sides together is
 * tested: {@code ReportingIT} stores orders and sign-ups through their own features and reads them back here, and a
 * test holds {@code StoredValues} to the features' status names. Depends on the shared packages only.
 */
package fr.conciergeriesolidaire.functions.reporting;
