package fr.conciergeriesolidaire.functions.order;

import java.util.Optional;

/** The customer's details, validated and normalised (phone in E.164, e-mail with an ASCII domain). */
public record Customer(String firstName, String lastName, String phone, String email, Optional<String> building) {}
