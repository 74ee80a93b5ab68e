package fr.conciergeriesolidaire.catalog;

/** A category of services, for the partners' directory. */
public record Category(String id, String name) {}
