/**
 * The programme in the team's hands (issue 14): the events of the programme edited in the back-office ({@code
 * events}: list, create, edit, postpone, cancel, duplicate), and the residents' proposals of animations ({@code
 * proposals}: the public form of each neighbourhood page, the team's list, answers by e-mail, an idea turned into an
 * event in one step). What both share is here: the neighbourhoods a member acts on ({@link
 * fr.conciergeriesolidaire.functions.programme.Neighbourhoods}) and the request to publish the site again
 * ({@link fr.conciergeriesolidaire.functions.programme.ProgrammePublication}). The events' rules, item format and
 * change count come from the {@code programme} module, shared with the site's build and the publisher. {@code events}
 * depends on {@code proposals} (an idea turned into an event), never the other way.
 */
package fr.conciergeriesolidaire.functions.programme;
