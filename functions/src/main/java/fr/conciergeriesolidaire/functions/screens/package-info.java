/**
 * The skeleton every back-office screen is built on: pages in the site's layout with the back-office frame
 * (navigation by role, sign-out, flash message after a redirect) from {@link
 * fr.conciergeriesolidaire.functions.screens.Screens}; the {@link fr.conciergeriesolidaire.functions.screens.Navigation}
 * every screen is listed in (the extension point of later screens); forms shown again with their errors tied to their
 * fields ({@link fr.conciergeriesolidaire.functions.screens.ScreenForm}); the 303 after a change ({@link
 * fr.conciergeriesolidaire.functions.screens.ScreenAnswers}); and the refusals as pages ({@link
 * fr.conciergeriesolidaire.functions.screens.ScreenFailures}). Every answer is {@code no-store} and {@code noindex}.
 * Depends on {@code access}, {@code http}, {@code forms}, {@code records} and {@code templates}.
 */
package fr.conciergeriesolidaire.functions.screens;
