package fr.conciergeriesolidaire.functions.outbox;

import fr.conciergeriesolidaire.functions.templates.Html;
import java.util.List;
import java.util.Map;

/**
 * Writes one message in plain text and HTML at once, so both always say the same thing. Every value is
 * plain text, escaped here for the HTML part: user input can never become markup.
 */
public final class MessageBuilder {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    public MessageBuilder paragraph(String content) {
        text.append(content).append("\n\n");
        html.append("<p>").append(Html.escape(content).replace("\n", "<br>\n")).append("</p>\n");
        return this;
    }

    public MessageBuilder heading(String content) {
        text.append(content).append("\n\n");
        html.append("<h2 style=\"font-size:1.1em\">")
                .append(Html.escape(content))
                .append("</h2>\n");
        return this;
    }

    public MessageBuilder list(List<String> items) {
        html.append("<ul>\n");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    /** Label/value pairs ("Comptoir : ..."), in order. */
    public MessageBuilder details(Map<String, String> labelled) {
        html.append("<dl>\n");
        labelled.forEach((label, value) -> {
            text.append(label).append("\u00a0: ").append(value).append('\n');
            html.append("<dt><strong>")
                    .append(Html.escape(label))
                    .append("</strong></dt><dd>")
                    .append(Html.escape(value).replace("\n", "<br>\n"))
                    .append("</dd>\n");
        });
        text.append('\n');
        html.append("</dl>\n");
        return this;
    }

    public Email build(List<String> to, String subject) {
        String page = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + Html.escape(subject) + "</title>\n</head>\n<body>\n" + html + "</body>\n</html>\n";
        return new Email(to, subject, text.toString().stripTrailing() + "\n", page);
    }
}
