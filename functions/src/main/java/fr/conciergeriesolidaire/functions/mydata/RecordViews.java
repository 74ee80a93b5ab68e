package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's record as the pages show it (the person's list and the team's screen, macro {@code record} of {@code
 * pages/personal-record.ftlh}): its kind and reference, when it came, until when it is kept and why, whether erasing
 * it ends something under way, and every field.
 */
final class RecordViews {
    private final Wording wording;
    private final ZoneId zone;

    RecordViews(Wording wording, ZoneId zone) {
        this.wording = wording;
        this.zone = zone;
    }

    Map<String, Object> of(PersonalRecord record) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", wording.get("mydata.kind." + record.kind()));
        model.put("reference", record.reference());
        model.put("key", record.key());
        model.put("id", "fiche-" + record.kind() + "-" + record.reference());
        model.put("receivedAt", FrenchFormat.moment(record.receivedAt(), zone));
        model.put("keptUntil", FrenchFormat.date(record.keptUntil().atZone(zone).toLocalDate()));
        model.put("retention", record.retention());
        model.put("inProgress", record.inProgress());
        model.put("inProgressNote", wording.get("mydata.inProgress." + record.kind()));
        model.put(
                "fields",
                record.fields().stream()
                        .map(field -> Map.of(
                                "label",
                                field.label(),
                                "lines",
                                List.of(field.value().split("\n"))))
                        .toList());
        return model;
    }
}
