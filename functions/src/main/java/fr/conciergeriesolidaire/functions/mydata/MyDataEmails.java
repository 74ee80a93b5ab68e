package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of "Mes données" (templates {@code mail/mydata-*.ftl}): the link, and the confirmation of an erasure,
 * which names the records erased by their kind and reference only.
 */
final class MyDataEmails {
    private final Organisation organisation;
    private final Templates templates;
    private final Duration linkValidity;

    MyDataEmails(Organisation organisation, Templates templates, Duration linkValidity) {
        this.organisation = organisation;
        this.templates = templates;
        this.linkValidity = linkValidity;
    }

    Email link(String email, String url) {
        return Email.of(
                List.of(email),
                templates.mail(
                        "mydata-link.ftl",
                        Map.of(
                                "link", url,
                                "minutes", linkValidity.toMinutes(),
                                "organisationName", organisation.name(),
                                "organisationPhone", organisation.contact().phone())));
    }

    /** @param erased the records erased, as {@code kind:reference} */
    Email erased(String email, List<String> erased) {
        return Email.of(
                List.of(email),
                templates.mail(
                        "mydata-erased.ftl",
                        Map.of(
                                "records", erased.stream().map(this::named).toList(),
                                "organisationName", organisation.name(),
                                "organisationPhone", organisation.contact().phone())));
    }

    /** "la commande K7QM-3XPA". */
    private String named(String record) {
        int colon = record.indexOf(':');
        return templates
                .wording()
                .format("mydata.kind." + record.substring(0, colon) + ".named", record.substring(colon + 1));
    }
}
