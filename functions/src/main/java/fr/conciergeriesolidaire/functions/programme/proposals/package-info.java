/**
 * The residents' proposals of animations: the public form of each neighbourhood page ({@link
 * fr.conciergeriesolidaire.functions.programme.proposals.ProposalSubmissionHandler}, {@link
 * fr.conciergeriesolidaire.functions.programme.proposals.ProposalService}), the team's list and answers e-mailed
 * through the outbox ({@link fr.conciergeriesolidaire.functions.programme.proposals.ProposalsHandler}, {@link
 * fr.conciergeriesolidaire.functions.programme.proposals.ProposalLife}), and an idea turned into an event ({@link
 * fr.conciergeriesolidaire.functions.programme.proposals.ProposalEvents}). Each proposal holding an address stores its
 * keyed hash, indexed {@code by-email} for "Mes données"; its personal attributes are listed in {@code
 * ProposalItemMapper.PERSONAL_ATTRIBUTES}. Depends on the shared {@code programme} package only.
 */
package fr.conciergeriesolidaire.functions.programme.proposals;
