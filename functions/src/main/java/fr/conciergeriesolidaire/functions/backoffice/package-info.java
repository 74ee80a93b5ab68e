/**
 * The back-office's own screens: signing in by e-mail link ({@code SignInRequestHandler}, {@code SignInMailHandler},
 * {@code SignInLinkHandler}), the HTTP API's authorizer of every back-office route ({@code SessionAuthorizerHandler}),
 * signing out, the dashboard, and the team's members ({@code MembersHandler}, {@code MemberService}, {@code
 * MemberStore}). Built on the kernel's {@code access} (sessions, tokens, who is signed in) and {@code screens} (pages,
 * navigation, refusals); {@link fr.conciergeriesolidaire.functions.backoffice.BackOfficeWiring} builds it for AWS.
 * Depends on the shared packages only; nothing depends on it.
 */
package fr.conciergeriesolidaire.functions.backoffice;
