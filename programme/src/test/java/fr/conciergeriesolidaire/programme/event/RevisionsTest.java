package fr.conciergeriesolidaire.programme.event;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar's revision number moves with what people must hear of, and only with that. */
class RevisionsTest {
    private static final SiteData DATA = SiteDataLoader.fromDirectory(Path.of("../site/data"));
    private final EventRules rules = new EventRules(DATA, ZoneId.of("Europe/Paris"));

    private ProgrammeEvent event(Map<String, String> changes) {
        Map<String, String> fields = EventRulesTest.validFields();
        fields.put(EventFields.SEQUENCE, "3");
        fields.putAll(changes);
        return rules.check("atelier-velo", fields, "Texte.", new FieldProblems())
                .orElseThrow();
    }

    @Test
    void givenANewTitleOrText_whenRevised_thenTheRevisionStays() {
        ProgrammeEvent before = event(Map.of());

        ProgrammeEvent after = Revisions.revised(before, event(Map.of(EventFields.TITLE, "Atelier vélo du mercredi")));

        assertThat(after.sequence()).isEqualTo(3);
    }

    @Test
    void givenANewDateAPlaceOrAStatus_whenRevised_thenTheRevisionMovesByOne() {
        ProgrammeEvent before = event(Map.of());

        assertThat(Revisions.revised(before, event(Map.of(EventFields.START, "2026-10-21T15:00")))
                        .sequence())
                .isEqualTo(4);
        assertThat(Revisions.revised(before, event(Map.of(EventFields.END, "2026-10-21T18:00")))
                        .sequence())
                .isEqualTo(4);
        assertThat(Revisions.revised(before, event(Map.of(EventFields.STATUS, "full")))
                        .sequence())
                .isEqualTo(4);
        assertThat(Revisions.revised(before, event(Map.of(EventFields.PLACE_NAME, "Devant le comptoir")))
                        .sequence())
                .isEqualTo(4);
        assertThat(Revisions.revised(before, event(Map.of(EventFields.NEIGHBOURHOOD, "tilleuls")))
                        .sequence())
                .isEqualTo(4);
    }
}
