package fr.conciergeriesolidaire.functions.programme.proposals;

import java.util.Arrays;
import java.util.List;

/** Text typed on several lines (an idea, a reply), as the paragraphs a page or an e-mail shows: one per line. */
final class Paragraphs {
    private Paragraphs() {}

    static List<String> of(String text) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
