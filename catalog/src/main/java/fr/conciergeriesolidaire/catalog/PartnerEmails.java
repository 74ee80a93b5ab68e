package fr.conciergeriesolidaire.catalog;

/**
 * How a partner hears of its orders ({@code orderEmails} in catalog.yaml): one e-mail per order as soon as it is
 * taken ({@code each}, the default), or one digest per pickup window (a counter's opening on a day) listing all its
 * lines for that window, sent once no order can be added to the window any more ({@code digest}).
 */
public enum PartnerEmails {
    EACH,
    DIGEST
}
