package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of "Mes données" (templates {@code pages/mydata-*.ftlh}): the answer to a request (the same for every
 * address), the list of a person's records with what is kept and until when, the confirm step of an erasure, and its
 * end. Pages opened by the link are never indexed nor referred ({@link SecretLinkPages}).
 */
final class MyDataPages {
    /** The site's page where a person asks for a link. */
    static final String FORM_PATH = "/mes-donnees/";

    static final String REQUEST_PATH = MyDataLinks.PATH + "/demande";
    static final String DOWNLOAD_PATH = MyDataLinks.PATH + "/telechargement";
    static final String ERASE_PATH = MyDataLinks.PATH + "/effacement";
    static final String ERASED_PATH = MyDataLinks.PATH + "/effacees";
    /** The message shown after erasing one record ({@code mydata.notice.<name>}). */
    static final String NOTICE = "fait";

    private final SecretLinkPages pages;
    private final RecordViews views;
    private final long linkMinutes;

    MyDataPages(SecretLinkPages pages, ZoneId zone, Duration linkValidity) {
        this.pages = pages;
        this.views = new RecordViews(pages.wording(), zone);
        this.linkMinutes = linkValidity.toMinutes();
    }

    /** After a request: the same words whoever asked. */
    HttpResponse requested() {
        return pages.page(
                200,
                wording().get("mydata.requested.title"),
                "mydata-requested.ftlh",
                Map.of("minutes", linkMinutes, "formPath", FORM_PATH));
    }

    HttpResponse list(List<PersonalRecord> records, String key, Optional<String> notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("records", records.stream().map(record -> record(record, key)).toList());
        model.put("downloadPath", withKey(DOWNLOAD_PATH, key));
        model.put("eraseAllPath", withKey(ERASE_PATH, key) + "&" + MyDataFields.RECORD + "=" + MyDataFields.ALL);
        model.put(
                "notice",
                notice.map(name -> "mydata.notice." + name)
                        .filter(wording()::containsKey)
                        .map(wording()::get)
                        .orElse(""));
        model.put("formPath", FORM_PATH);
        model.put("minutes", linkMinutes);
        return pages.page(200, wording().get("mydata.list.title"), "mydata-list.ftlh", model);
    }

    /** The confirm step: what will be erased (and cancelled), one button that does it, one link that does not. */
    HttpResponse confirm(List<PersonalRecord> records, String key, String target) {
        Map<String, Object> model = new HashMap<>();
        model.put("records", records.stream().map(record -> record(record, key)).toList());
        model.put("all", target.equals(MyDataFields.ALL));
        model.put("action", ERASE_PATH);
        model.put("keyField", MyDataFields.KEY);
        model.put("key", key);
        model.put("recordField", MyDataFields.RECORD);
        model.put("target", target);
        model.put("listPath", withKey(MyDataLinks.PATH, key));
        return pages.page(200, wording().get("mydata.confirm.title"), "mydata-confirm.ftlh", model);
    }

    HttpResponse erased() {
        return pages.page(
                200, wording().get("mydata.erased.title"), "mydata-erased.ftlh", Map.of("formPath", FORM_PATH));
    }

    HttpResponse refused(RuntimeException failure) {
        return pages.refused(failure, "mydata.invalid", FORM_PATH, "mydata.again");
    }

    static String withKey(String path, String key) {
        return path + "?" + MyDataFields.KEY + "=" + key;
    }

    private Map<String, Object> record(PersonalRecord record, String key) {
        Map<String, Object> model = new HashMap<>(views.of(record));
        model.put(
                "erasePath",
                withKey(ERASE_PATH, key) + "&" + MyDataFields.RECORD + "="
                        + URLEncoder.encode(record.key(), StandardCharsets.UTF_8));
        return model;
    }

    private Wording wording() {
        return pages.wording();
    }
}
