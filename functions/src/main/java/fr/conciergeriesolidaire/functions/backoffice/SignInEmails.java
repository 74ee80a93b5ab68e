package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.List;
import java.util.Map;

/** The e-mail carrying a sign-in link (template {@code mail/signin-link.ftl}). */
final class SignInEmails {
    private final Organisation organisation;
    private final Templates templates;

    SignInEmails(Organisation organisation, Templates templates) {
        this.organisation = organisation;
        this.templates = templates;
    }

    Email link(Member member, String url) {
        return Email.of(
                List.of(member.email()),
                templates.mail(
                        "signin-link.ftl",
                        Map.of(
                                "name", member.name(),
                                "link", url,
                                "minutes", SignInLinks.VALIDITY.toMinutes(),
                                "organisation", organisation.name())));
    }
}
