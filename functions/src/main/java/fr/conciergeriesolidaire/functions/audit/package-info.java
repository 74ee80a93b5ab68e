/**
 * The audit trail of what the team does beyond a record's own life: exports, member management, erasures. Who, when,
 * what — never the data exported or erased. Depends on nothing; {@code aws.DynamoDbAuditTrail} stores it.
 */
package fr.conciergeriesolidaire.functions.audit;
