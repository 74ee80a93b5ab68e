package fr.conciergeriesolidaire.programme.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules every event follows, Markdown or table or form: each problem names its field, in French. */
class EventRulesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SiteData DATA = SiteDataLoader.fromDirectory(Path.of("../site/data"));

    private final EventRules rules = new EventRules(DATA, PARIS);

    static Map<String, String> validFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put(EventFields.TITLE, "Atelier vélo");
        fields.put(EventFields.SUMMARY, "Réparer son vélo.");
        fields.put(EventFields.NEIGHBOURHOOD, "canal");
        fields.put(EventFields.START, "2026-10-21T14:00");
        fields.put(EventFields.END, "2026-10-21T17:00");
        return fields;
    }

    private List<FieldProblems.FieldProblem> problems(Map<String, String> fields, String body) {
        FieldProblems problems = new FieldProblems();
        Optional<ProgrammeEvent> event = rules.check("atelier-velo", fields, body, problems);
        assertThat(event.isPresent()).isEqualTo(problems.isEmpty());
        return problems.all();
    }

    @Test
    void givenValidFields_whenChecked_thenTheEventIsMadeAtItsCounterInParisTime() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.PARTNER, "velo-atelier");
        fields.put(EventFields.REGISTRATION, "Au comptoir");
        fields.put(EventFields.CAPACITY, "12");
        fields.put(EventFields.PLACES_PER_REGISTRATION, "4");
        fields.put("accessMotor", "yes");
        fields.put(EventFields.SEQUENCE, "2");
        FieldProblems problems = new FieldProblems();

        ProgrammeEvent event =
                rules.check("atelier-velo", fields, "Texte.\n", problems).orElseThrow();

        assertThat(problems.all()).isEmpty();
        assertThat(event.start().getZone()).isEqualTo(PARIS);
        assertThat(event.start().toLocalTime()).hasToString("14:00");
        assertThat(event.customPlace()).isNull();
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.placesPerRegistration()).isEqualTo(4);
        assertThat(event.access()).containsEntry(Disability.MOTOR, true).hasSize(1);
        assertThat(event.sequence()).isEqualTo(2);
        assertThat(EventText.fields(event)).containsAllEntriesOf(fields);
    }

    @Test
    void givenAnEndBeforeTheStart_whenChecked_thenTheEndIsNamed() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.END, "2026-10-21T13:00");

        assertThat(problems(fields, "Texte."))
                .containsExactly(new FieldProblems.FieldProblem(
                        EventFields.END, EventRule.END_BEFORE_START, List.of(), "la fin doit suivre le début"));
    }

    @Test
    void givenRawHtmlInTheText_whenChecked_thenTheBodyIsNamed() {
        assertThat(problems(validFields(), "Venez <b>nombreux</b>"))
                .extracting(FieldProblems.FieldProblem::field)
                .containsExactly(EventFields.BODY);
        assertThat(problems(validFields(), "3 < 4 et 5 > 2")).isEmpty();
    }

    @Test
    void givenARescheduledEventWithoutItsFormerDate_whenChecked_thenPreviousStartIsNamed() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.STATUS, "rescheduled");

        assertThat(problems(fields, "Texte."))
                .extracting(FieldProblems.FieldProblem::field)
                .containsExactly(EventFields.PREVIOUS_START);
    }

    @Test
    void givenUnknownReferencesAndBadNumbers_whenChecked_thenEachFieldIsNamed() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.NEIGHBOURHOOD, "nulle-part");
        fields.put(EventFields.PARTNER, "inconnu");
        fields.put(EventFields.CAPACITY, "2");
        fields.put(EventFields.PLACES_PER_REGISTRATION, "4");
        fields.put(EventFields.REGISTRATION, "Au comptoir");
        fields.put(EventFields.STATUS, "maybe");
        fields.put(EventFields.SEQUENCE, "-1");
        fields.put("accessVisual", "oui");

        assertThat(problems(fields, "Texte."))
                .extracting(FieldProblems.FieldProblem::field)
                .containsExactlyInAnyOrder(
                        EventFields.NEIGHBOURHOOD,
                        EventFields.PARTNER,
                        EventFields.PLACES_PER_REGISTRATION,
                        EventFields.STATUS,
                        EventFields.SEQUENCE,
                        "accessVisual");
    }

    @Test
    void givenABadSlugAndNoTitle_whenChecked_thenBothAreReported() {
        Map<String, String> fields = validFields();
        fields.remove(EventFields.TITLE);
        FieldProblems problems = new FieldProblems();

        assertThat(rules.check("Atelier Vélo", fields, "Texte.", problems)).isEmpty();
        assertThat(problems.all())
                .extracting(FieldProblems.FieldProblem::field)
                .containsExactly(null, EventFields.TITLE);
    }

    @Test
    void givenAFreeAddress_whenChecked_thenThePlaceIsParsedAndWrittenBackTheSameWay() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.PLACE_NAME, "Médiathèque");
        fields.put(EventFields.PLACE_ADDRESS, "2 rue des Fusillés, 51100 Reims");

        ProgrammeEvent event = rules.check("atelier-velo", fields, "Texte.", new FieldProblems())
                .orElseThrow();

        assertThat(event.customPlace().address().postcode()).isEqualTo("51100");
        assertThat(Place.of(event, DATA).name()).isEqualTo("Médiathèque");
        assertThat(EventText.fields(event)).containsAllEntriesOf(fields);
    }

    @Test
    void givenTheHourSkippedWhenSummerTimeStarts_whenChecked_thenItIsRefusedRatherThanMoved() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.START, "2027-03-28T02:30");
        fields.put(EventFields.END, "2027-03-28T04:00");

        assertThat(problems(fields, "Texte."))
                .extracting(FieldProblems.FieldProblem::field, FieldProblems.FieldProblem::rule)
                .containsExactly(tuple(EventFields.START, EventRule.NO_SUCH_TIME));
    }

    @Test
    void givenTheHourLivedTwiceWhenWinterTimeStarts_whenChecked_thenItIsTheFirstOneAndTheDurationCountsTheExtraHour() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.START, "2026-10-25T02:30");
        fields.put(EventFields.END, "2026-10-25T03:30");

        ProgrammeEvent event =
                rules.check("nuit", fields, "Texte.", new FieldProblems()).orElseThrow();

        assertThat(event.start().getOffset()).hasToString("+02:00");
        assertThat(event.end().getOffset()).hasToString("+01:00");
        assertThat(Duration.between(event.start(), event.end())).hasHours(2);
        assertThat(EventText.fields(event)).containsEntry(EventFields.START, "2026-10-25T02:30");
    }

    @Test
    void givenAnEventAcrossTheChangeToSummerTime_whenChecked_thenItsTimesKeepTheirOwnOffsets() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.START, "2027-03-27T22:00");
        fields.put(EventFields.END, "2027-03-28T04:00");

        ProgrammeEvent event =
                rules.check("nuit", fields, "Texte.", new FieldProblems()).orElseThrow();

        assertThat(Duration.between(event.start(), event.end())).hasHours(5);
    }

    @Test
    void givenTextsTooLongOrOnSeveralLines_whenChecked_thenEachFieldIsNamedWithItsRule() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.TITLE, "x".repeat(EventRules.maxLength(EventFields.TITLE) + 1));
        fields.put(EventFields.SUMMARY, "Première ligne\nseconde ligne");
        fields.put(EventFields.STATUS_NOTE, "é".repeat(EventRules.maxLength(EventFields.STATUS_NOTE)));

        List<FieldProblems.FieldProblem> found =
                problems(fields, "y".repeat(EventRules.maxLength(EventFields.BODY) + 1));

        assertThat(found)
                .extracting(FieldProblems.FieldProblem::field, FieldProblems.FieldProblem::rule)
                .containsExactly(
                        tuple(EventFields.TITLE, EventRule.TOO_LONG),
                        tuple(EventFields.SUMMARY, EventRule.ONE_LINE),
                        tuple(EventFields.BODY, EventRule.TOO_LONG));
        assertThat(found.get(0).arguments()).containsExactly(120);
    }

    @Test
    void givenAStatusNote_whenChecked_thenItIsKeptAndWrittenBack() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.STATUS, "cancelled");
        fields.put(EventFields.STATUS_NOTE, "Annulé à cause de la tempête.");

        ProgrammeEvent event = rules.check("atelier-velo", fields, "Texte.", new FieldProblems())
                .orElseThrow();

        assertThat(event.statusNote()).isEqualTo("Annulé à cause de la tempête.");
        assertThat(EventText.fields(event)).containsAllEntriesOf(fields);
    }

    @Test
    void givenAnAddressWithoutAName_whenChecked_thenTheNameIsNamedAndAMalformedAddressToo() {
        Map<String, String> fields = validFields();
        fields.put(EventFields.PLACE_ADDRESS, "quelque part");

        assertThat(problems(fields, "Texte."))
                .extracting(FieldProblems.FieldProblem::field, FieldProblems.FieldProblem::rule)
                .containsExactly(
                        tuple(EventFields.PLACE_NAME, EventRule.REQUIRED),
                        tuple(EventFields.PLACE_ADDRESS, EventRule.ADDRESS));
    }
}
