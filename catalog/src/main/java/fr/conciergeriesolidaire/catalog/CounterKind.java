package fr.conciergeriesolidaire.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a counter stands: in a neighbourhood (open to residents) or on a company's site (its employees). */
public enum CounterKind {
    @JsonProperty("neighbourhood")
    NEIGHBOURHOOD,
    @JsonProperty("company")
    COMPANY
}
