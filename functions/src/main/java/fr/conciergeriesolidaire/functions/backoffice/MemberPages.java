package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screens of the team's members (templates {@code pages/member-*.ftlh}): the list by role, the form of a new
 * member, and a member's page (their form, ending their sessions, removing them), shown again with its errors or,
 * after a conflict, with the member as changed meanwhile.
 */
final class MemberPages {
    static final String NEW_PATH = Navigation.MEMBERS + "/nouveau";

    private final Screens screens;
    private final CounterNames counters;
    private final MemberTrail trail;

    MemberPages(Screens screens, CounterNames counters, Moments moments) {
        this.screens = screens;
        this.counters = counters;
        this.trail = new MemberTrail(screens.wording(), counters, moments);
    }

    static String path(String memberId) {
        return Navigation.MEMBERS + "/" + memberId;
    }

    HttpResponse list(ScreenFrame frame, List<Member> members) {
        Wording wording = screens.wording();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Map<String, Object>> ofRole = members.stream()
                    .filter(member -> member.role() == role)
                    .map(member -> Map.<String, Object>of(
                            "name", member.name(),
                            "email", member.email(),
                            "counters", counters.of(member.counters()),
                            "path", path(member.memberId())))
                    .toList();
            groups.add(Map.of("role", wording.get(role.wordingKey() + ".plural"), "members", ofRole));
        }
        return screens.page(
                200,
                frame,
                wording.get("member.list.title"),
                "member-list.ftlh",
                Map.of("groups", groups, "newPath", NEW_PATH));
    }

    HttpResponse newMember(ScreenFrame frame, ScreenForm form, int status) {
        Map<String, Object> model = formModel(form);
        model.put("action", Navigation.MEMBERS);
        return screens.page(status, frame, screens.wording().get("member.new.title"), "member-new.ftlh", model);
    }

    /**
     * @param trail what admins did to the member, newest first ({@code MemberService.trailOf})
     * @param conflict whether the admin's change was refused because someone else changed the member meanwhile: the
     *     page then shows the member as they are now
     */
    HttpResponse member(
            ScreenFrame frame, Member member, List<AuditEntry> trail, ScreenForm form, int status, boolean conflict) {
        Map<String, Object> model = formModel(form);
        boolean self = frame.member()
                .map(admin -> admin.memberId().equals(member.memberId()))
                .orElse(false);
        model.put("action", path(member.memberId()));
        model.put("name", member.name());
        model.put("email", member.email());
        model.put("version", member.version());
        model.put("self", self);
        model.put("conflict", conflict);
        model.put("sessionsAction", path(member.memberId()) + "/sessions");
        model.put("removeAction", path(member.memberId()) + "/retrait");
        model.put("trail", this.trail.rows(trail));
        return screens.page(
                status, frame, screens.wording().format("member.edit.title", member.name()), "member-edit.ftlh", model);
    }

    /** The member's form as stored. */
    static ScreenForm formOf(Member member) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MemberFields.NAME, member.name());
        values.put(MemberFields.ROLE, member.role().name());
        member.counters().forEach(id -> values.put(MemberFields.COUNTER_PREFIX + id, "yes"));
        return ScreenForm.of(values);
    }

    /** The form as it was sent, to show it again with its errors: what was typed stays. */
    static ScreenForm formAsSent(SubmittedFields fields) {
        FieldErrors ignored = new FieldErrors();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of(MemberFields.NAME, MemberFields.EMAIL, MemberFields.ROLE)) {
            fields.text(field, ignored).ifPresent(value -> values.put(field, value));
        }
        fields.prefixed(MemberFields.COUNTER_PREFIX)
                .forEach((id, value) -> values.put(MemberFields.COUNTER_PREFIX + id, "yes"));
        return ScreenForm.of(values);
    }

    private Map<String, Object> formModel(ScreenForm form) {
        Wording wording = screens.wording();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, MemberFields.LABELS));
        model.put("csrfField", FormGuard.FIELD);
        model.put("listPath", Navigation.MEMBERS);
        model.put(
                "roles",
                Arrays.stream(Role.values())
                        .map(role -> Map.of(
                                "value", role.name(),
                                "label", wording.get(role.wordingKey()),
                                "hint", wording.get(role.wordingKey() + ".hint")))
                        .toList());
        List<Map<String, String>> counterOptions = new ArrayList<>();
        for (Counter counter : counters.all()) {
            counterOptions.add(Map.of(
                    "name", MemberFields.COUNTER_PREFIX + counter.id(),
                    "label", counter.name(),
                    "hint", counter.address().oneLine()));
        }
        model.put("counters", counterOptions);
        return model;
    }
}
