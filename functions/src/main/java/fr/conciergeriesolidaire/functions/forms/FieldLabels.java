package fr.conciergeriesolidaire.functions.forms;

import fr.conciergeriesolidaire.catalog.wording.Wording;

/**
 * The label of each field of a form, as the site's form shows it, from the one wording (messages.properties): the
 * form's own key ({@code order.date}), else the key every form shares ({@code form.phone}). For a group of choices
 * it is the group's legend; a label quoting a link ({@code {0}}) quotes the link's text ({@code <key>.link}); a
 * hidden field is "the form".
 */
public class FieldLabels {
    private static final String SHARED = "form";

    private final Wording wording;
    private final String form;

    /** @param form the prefix of the form's own keys: {@code order}, {@code signup} */
    public FieldLabels(Wording wording, String form) {
        this.wording = wording;
        this.form = form;
    }

    public String of(String field) {
        for (String key : new String[] {form + "." + field, SHARED + "." + field}) {
            if (wording.containsKey(key)) {
                return wording.containsKey(key + ".link")
                        ? wording.format(key, wording.get(key + ".link"))
                        : wording.get(key);
            }
        }
        return wording.get(SHARED + ".hidden");
    }

    /** What is being sent, for titles: "votre commande" ({@code <form>.subject}). */
    public String subject() {
        return wording.get(form + ".subject");
    }
}
