package fr.conciergeriesolidaire.catalog;

/** A neighbourhood with a counter run with the social landlord. */
public record Neighbourhood(String id, String name, String summary, String landlord) {}
