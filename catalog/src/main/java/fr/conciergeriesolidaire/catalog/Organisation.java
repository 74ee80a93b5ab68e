package fr.conciergeriesolidaire.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of organisation.yaml the code needs; the templates read the whole file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organisation(String id, String name, String city, Site site, Contact contact, Team team, Mail mail) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Site(String url, String language, String timeZone) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String email, String phone, Address address) {}

    public record Team(String email) {}

    public record Mail(String from, String replyTo) {}
}
