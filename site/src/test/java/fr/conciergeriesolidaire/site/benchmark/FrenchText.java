package fr.conciergeriesolidaire.site.benchmark;

import java.util.List;
import java.util.Random;

/**
 * Plausible French prose for synthetic pages: sentences drawn from a fixed vocabulary with a seeded {@link Random},
 * so that the same seed always writes the same site. Only its length and shape (paragraphs, headings, lists, links)
 * matter to the benchmark, not its meaning.
 */
final class FrenchText {
    private static final List<String> SUBJECTS = List.of(
            "Le comptoir",
            "La conciergerie",
            "L'équipe des concierges",
            "Chaque habitant",
            "L'atelier du quartier",
            "Le bailleur",
            "Notre partenaire",
            "Une bénévole",
            "La salle polyvalente",
            "Le programme de la saison");
    private static final List<String> VERBS = List.of(
            "accueille",
            "propose",
            "prépare",
            "organise",
            "accompagne",
            "répare",
            "présente",
            "met en valeur",
            "construit",
            "partage");
    private static final List<String> OBJECTS = List.of(
            "les familles du quartier",
            "des ateliers de couture et de bricolage",
            "un moment convivial autour d'un café",
            "les services des partenaires solidaires",
            "les vélos et les petits appareils",
            "les demandes des habitants",
            "des paniers de légumes de saison",
            "une rencontre avec les associations locales",
            "les salariés en parcours d'insertion",
            "le linge déposé la veille");
    private static final List<String> ENDINGS = List.of(
            "chaque mercredi après-midi",
            "au pied des immeubles",
            "avec le soutien de la région",
            "sans inscription préalable",
            "dans une ambiance détendue",
            "pendant les vacances scolaires",
            "à un prix solidaire",
            "en lien avec le centre social",
            "depuis l'ouverture du comptoir",
            "pour tous les âges");

    private final Random random;

    FrenchText(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    String sentence() {
        String sentence = pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(ENDINGS);
        if (chance(0.3)) {
            sentence += ", " + pick(ENDINGS);
        }
        return sentence + (chance(0.1) ? " !" : ".");
    }

    String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(sentence());
        }
        return text.toString();
    }

    /** Markdown: paragraphs, sometimes a second-level heading, a bullet list and a link to one of {@code links}. */
    String markdown(int paragraphs, List<String> links) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            if (i > 0 && chance(0.35)) {
                text.append("## ").append(capitalised(pick(OBJECTS))).append("\n\n");
            }
            text.append(paragraph(between(2, 5)));
            if (!links.isEmpty() && chance(0.4)) {
                text.append(" Voir [")
                        .append(pick(OBJECTS))
                        .append("](")
                        .append(pick(links))
                        .append(").");
            }
            text.append("\n\n");
            if (chance(0.2)) {
                for (int item = between(2, 4); item > 0; item--) {
                    text.append("- ")
                            .append(capitalised(pick(OBJECTS)))
                            .append(' ')
                            .append(pick(ENDINGS))
                            .append('\n');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
