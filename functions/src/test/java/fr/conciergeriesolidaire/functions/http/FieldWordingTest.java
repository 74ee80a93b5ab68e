package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One wording for every field: the label the built form page shows for each of its fields (or its group's legend)
 * is, word for word, the label the API's refusal shows beside that field's error.
 */
class FieldWordingTest {
    @ParameterizedTest
    @CsvSource({
        "commander/index.html, order",
        "entreprises/inscription/index.html, subscription",
        "quartiers/canal/index.html, proposal"
    })
    void givenEachFieldOfTheBuiltForm_whenRefused_thenTheAnswerNamesItAsTheFormDoes(String page, String form)
            throws IOException {
        Map<String, String> formLabels = labelsOnThePage(
                NodeTools.ofRepository().root().resolve("site/target/site").resolve(page));
        assertThat(formLabels).hasSizeGreaterThan(5);

        Map<String, String> answerLabels = labelsInTheRefusal(errorAnswers(form), formLabels.keySet());

        assertThat(answerLabels).containsExactlyInAnyOrderEntriesOf(formLabels);
    }

    private static ErrorAnswers errorAnswers(String form) {
        return switch (form) {
            case "order" -> fr.conciergeriesolidaire.functions.order.OrderTestAccess.errorAnswers();
            case "proposal" ->
                fr.conciergeriesolidaire.functions.programme.proposals.ProposalTestAccess.errorAnswers("canal");
            default -> fr.conciergeriesolidaire.functions.subscription.SubscriptionTestAccess.errorAnswers();
        };
    }

    /** Field name -> the text a person reads as its label: its label, or its group's legend for a choice. */
    private static Map<String, String> labelsOnThePage(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile());
        Element form = document.selectFirst("form[method=post]");
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element control : form.select("input[name]:not([type=hidden]), select[name], textarea[name]")) {
            String name = control.attr("name");
            boolean choice = form.select("[name=\"" + name + "\"]").size() > 1;
            Element label = choice
                    ? control.closest("fieldset").selectFirst("legend")
                    : form.selectFirst("label[for=\"" + control.id() + "\"]");
            assertThat(label).as("label of " + name).isNotNull();
            labels.putIfAbsent(name, withoutRequiredMark(label));
        }
        return labels;
    }

    /** Field name -> the label the HTML refusal shows before that field's error. */
    private static Map<String, String> labelsInTheRefusal(ErrorAnswers answers, Iterable<String> fields) {
        List<FieldError> errors = new java.util.ArrayList<>();
        fields.forEach(field -> errors.add(new FieldError(field, Message.of("error.required"))));
        String page = answers.of(new InvalidInputException(errors), ResponseFormat.HTML)
                .body();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element link : Jsoup.parse(page).select("main [role=alert] li a")) {
            String field = link.attr("href").replaceFirst(".*#", "");
            labels.put(field, link.text().replaceFirst("\\s*:\\s*Ce champ est obligatoire\\.$", ""));
        }
        return labels;
    }

    private static String withoutRequiredMark(Element label) {
        Element copy = label.clone();
        copy.select(".required").remove();
        return copy.text().strip();
    }
}
