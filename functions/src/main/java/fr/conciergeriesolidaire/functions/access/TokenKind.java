package fr.conciergeriesolidaire.functions.access;

/** What a secret token of the access tokens table opens, and so what it is bound to. */
public enum TokenKind {
    /** A sign-in link sent by e-mail to a member: 15 minutes, once; bound to the member and the address it went to. */
    SIGN_IN,
    /** A member's session (the {@code __Host-session} cookie): bound to the member, with its CSRF token. */
    SESSION,
    /** A partner's link in its e-mail about an order: bound to the partner and the order, expires with the order. */
    PARTNER,
    /** A resident's link to follow their order: bound to the order. */
    FOLLOW_UP,
    /** A visitor's "Mes données" link: bound to the keyed hash of their e-mail address. */
    MY_DATA
}
