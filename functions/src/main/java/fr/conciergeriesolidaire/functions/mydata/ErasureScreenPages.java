package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's erasure screen (templates {@code pages/erasure-*.ftlh}, in the back-office frame): the address to look
 * for, the records found with their content, then the confirm step.
 */
final class ErasureScreenPages {
    static final String PATH = Navigation.ERASURES;
    static final String FLASH_DONE = "donnees-effacees";

    private final Screens screens;
    private final RecordViews views;

    ErasureScreenPages(Screens screens, ZoneId zone) {
        this.screens = screens;
        this.views = new RecordViews(screens.wording(), zone);
    }

    /** The address field, and the records it found when it was looked for. */
    HttpResponse search(int status, ScreenFrame frame, ScreenForm form, Optional<List<PersonalRecord>> found) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", screens.form(form, MyDataFields.LABELS));
        model.put("action", PATH);
        model.put("searched", found.isPresent());
        model.put("records", found.orElse(List.of()).stream().map(views::of).toList());
        model.put("stepField", MyDataFields.STEP);
        model.put("recordField", MyDataFields.RECORD);
        model.put("all", MyDataFields.ALL);
        return screens.page(status, frame, screens.wording().get("erasure.title"), "erasure-search.ftlh", model);
    }

    HttpResponse confirm(ScreenFrame frame, String email, List<PersonalRecord> records, String target) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", PATH);
        model.put("email", email);
        model.put("emailField", MyDataFields.EMAIL);
        model.put("stepField", MyDataFields.STEP);
        model.put("recordField", MyDataFields.RECORD);
        model.put("target", target);
        model.put("all", target.equals(MyDataFields.ALL));
        model.put("records", records.stream().map(views::of).toList());
        return screens.page(200, frame, screens.wording().get("erasure.confirm.title"), "erasure-confirm.ftlh", model);
    }
}
