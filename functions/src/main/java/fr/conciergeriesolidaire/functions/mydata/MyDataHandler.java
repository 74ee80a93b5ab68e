package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a "Mes données" link opens, read only: {@code GET /api/mes-donnees?jeton=…} lists every record holding the
 * address (RGPD article 15), {@code GET …/telechargement} gives them as one JSON file (article 20), {@code GET
 * …/effacement?fiche=…} asks to confirm an erasure, and {@code GET …/effacees} says that all is erased. A link that
 * opens nothing (forged, expired, used up by erasing everything) is refused with one answer, and shows nothing.
 */
public final class MyDataHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final MyDataLinks links;
    private final AllPersonalRecords records;
    private final MyDataPages pages;
    private final MyDataExport export;
    private final OriginGate gate;
    private final Clock clock;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public MyDataHandler() {
        this(MyDataWiring.fromEnvironment());
    }

    private MyDataHandler(MyDataWiring wiring) {
        this(wiring.links(), wiring.records(), wiring.pages(), wiring.export(), wiring.originGate(), wiring.clock());
    }

    MyDataHandler(
            MyDataLinks links,
            AllPersonalRecords records,
            MyDataPages pages,
            MyDataExport export,
            OriginGate gate,
            Clock clock) {
        this.links = links;
        this.records = records;
        this.pages = pages;
        this.export = export;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            if (request.path().equals(MyDataPages.ERASED_PATH)) {
                return pages.erased().toEvent();
            }
            String key = request.queryParameter(MyDataFields.KEY).orElse("");
            String emailHash = links.open(key, clock.instant());
            return answer(request, key, records.holding(emailHash)).toEvent();
        } catch (RuntimeException failure) {
            return pages.refused(failure).toEvent();
        }
    }

    private HttpResponse answer(HttpRequest request, String key, List<PersonalRecord> records) {
        return switch (request.path()) {
            case MyDataPages.DOWNLOAD_PATH -> SecretLinkPages.secured(export.of(records, clock.instant()));
            case MyDataPages.ERASE_PATH -> {
                String target = request.queryParameter(MyDataFields.RECORD).orElse("");
                List<PersonalRecord> erased = target.equals(MyDataFields.ALL)
                        ? records
                        : records.stream()
                                .filter(record -> record.key().equals(target))
                                .toList();
                if (erased.isEmpty()) {
                    throw new NoSuchRecordException();
                }
                yield pages.confirm(erased, key, target);
            }
            default -> pages.list(records, key, request.queryParameter(MyDataPages.NOTICE));
        };
    }

    /** Before a SnapStart snapshot: a link that opens nothing (no storage call: not even shaped as a token). */
    public void prime() {
        handleRequest(PrimingEvents.get(Map.of(MyDataFields.KEY, "x")), null);
        pages.erased();
    }
}
