package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/backoffice/effacements}: the team's erasure screen, for a request received by letter or phone
 * (admins and the team; not a counter's concierge). {@code POST}, by step ({@code etape}): {@code chercher} lists the
 * records holding the address typed; {@code confirmer} asks to confirm; {@code effacer} erases one record or all, as
 * the person would online, and 303 back with a message. Nothing is read before the Origin and the session's token are
 * checked; the address is never in an address bar nor in the audit trail.
 */
public final class ErasureScreenHandler extends GuardedScreen {
    static final String SEARCH = "chercher";
    static final String CONFIRM = "confirmer";
    static final String ERASE = "effacer";

    private final TeamErasures erasures;
    private final ErasureScreenPages pages;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public ErasureScreenHandler() {
        this(MyDataWiring.fromEnvironment());
    }

    private ErasureScreenHandler(MyDataWiring wiring) {
        this(wiring.teamErasures(), wiring.erasureScreenPages(), wiring.formGuard(), wiring.originGate());
    }

    ErasureScreenHandler(TeamErasures erasures, ErasureScreenPages pages, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM);
        this.erasures = erasures;
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        if (!request.isChange()) {
            return pages.search(200, request.frame(), ScreenForm.blank(), Optional.empty());
        }
        SubmittedFields fields = request.form(guard);
        try {
            String email = text(fields, MyDataFields.EMAIL);
            String target = text(fields, MyDataFields.RECORD);
            return switch (text(fields, MyDataFields.STEP)) {
                case CONFIRM -> pages.confirm(request.frame(), email, chosen(erasures.find(fields), target), target);
                case ERASE -> {
                    String origin = guard.siteOrigin(request.http()).orElseThrow(ForgedRequestException::new);
                    erasures.erase(fields, target, member, origin);
                    yield ScreenAnswers.seeOther(ErasureScreenPages.PATH, ErasureScreenPages.FLASH_DONE);
                }
                default ->
                    pages.search(200, request.frame().withoutFlash(), typed(email), Optional.of(erasures.find(fields)));
            };
        } catch (InvalidInputException invalid) {
            if (invalid.errors().isEmpty()) {
                throw invalid;
            }
            ScreenForm typed = typed(text(fields, MyDataFields.EMAIL)).refused(invalid.errors());
            return pages.search(400, request.frame().withoutFlash(), typed, Optional.empty());
        }
    }

    /** The records a confirm step is about: all of them, or the one named (404 if it is not among them). */
    private static List<PersonalRecord> chosen(List<PersonalRecord> found, String target) {
        List<PersonalRecord> chosen = target.equals(MyDataFields.ALL)
                ? found
                : found.stream().filter(record -> record.key().equals(target)).toList();
        if (chosen.isEmpty()) {
            throw new NoSuchRecordException();
        }
        return chosen;
    }

    private static ScreenForm typed(String email) {
        return ScreenForm.of(Map.of(MyDataFields.EMAIL, email));
    }

    private static String text(SubmittedFields fields, String name) {
        return fields.text(name, new FieldErrors()).orElse("");
    }

    /** Before a SnapStart snapshot: the empty screen of an admin no table holds (nothing is read). */
    @Override
    public void prime() {
        pages.search(
                200,
                ScreenFrame.of(
                        HttpRequest.from(APIGatewayV2HTTPEvent.builder()
                                .withRawPath(ErasureScreenPages.PATH)
                                .build()),
                        MyDataWiring.PRIMING_MEMBER),
                ScreenForm.blank(),
                Optional.empty());
    }
}
