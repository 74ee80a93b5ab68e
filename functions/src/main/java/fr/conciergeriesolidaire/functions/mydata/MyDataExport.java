package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a person's records hold, as one JSON file to take away (RGPD article 20): who keeps it, when it was
 * exported, and each record with what it is, until when it is kept, and its data as the feature names it.
 */
final class MyDataExport {
    static final String FILE_NAME = "mes-donnees-conciergerie.json";

    private final Organisation organisation;

    MyDataExport(Organisation organisation) {
        this.organisation = organisation;
    }

    HttpResponse of(List<PersonalRecord> records, Instant now) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("controller", organisation.name());
        document.put("contact", organisation.contact().email());
        document.put("exportedAt", now.toString());
        document.put("records", records.stream().map(MyDataExport::record).toList());
        return HttpResponse.json(200, document)
                .withHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
    }

    private static Map<String, Object> record(PersonalRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", record.kind());
        json.put("reference", record.reference());
        json.put("receivedAt", record.receivedAt().toString());
        json.put("keptUntil", record.keptUntil().toString());
        json.put("retention", record.retention());
        json.put("data", record.data());
        return json;
    }
}
