package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.privacy.AddressTraces;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Erasing a person's records (RGPD article 17), one or all, for good: each record erased by its own feature (an order
 * in progress cancelled first, its partners told); once none is left, the counters keyed by their address go too;
 * the erasure written in the audit trail (who asked, when, which kinds of record: never the data); and its
 * confirmation left to the requests table's stream, which sends it and forgets the address within moments (a day at
 * most if the mail service is down).
 */
final class Erasures {
    /** The audit trail's subject of every erasure. */
    static final String AUDIT_SUBJECT = "erasures";
    /** Who asked, in the audit trail, when it is the person themselves (not a member of the team). */
    static final String THE_PERSON = "personne-concernee";

    private final AllPersonalRecords records;
    private final AddressTraces traces;
    private final MyDataRequests requests;
    private final AuditTrail audit;
    private final Duration confirmationWindow;
    private final Clock clock;

    /**
     * @param confirmationWindow how long a confirmation may wait for the mail service before it is given up, and the
     *     address with it (policies.yaml, retention.erasureConfirmations)
     */
    Erasures(
            AllPersonalRecords records,
            AddressTraces traces,
            MyDataRequests requests,
            AuditTrail audit,
            Duration confirmationWindow,
            Clock clock) {
        this.records = records;
        this.traces = traces;
        this.requests = requests;
        this.audit = audit;
        this.confirmationWindow = confirmationWindow;
        this.clock = clock;
    }

    /** Every record holding that e-mail key, newest first. */
    List<PersonalRecord> holding(String emailHash) {
        return records.holding(emailHash);
    }

    /**
     * Erases one record ({@code kind:reference}) or {@value MyDataFields#ALL} of them.
     *
     * @param member the team member who does it for the person, or empty when the person does it themselves
     * @param origin the site's address, for the confirmation's links (none today: kept with the request)
     * @return the records erased
     * @throws NoSuchRecordException when the named record is not (or no longer) one of theirs
     */
    List<ErasedRecord> erase(String emailHash, String target, Optional<SignedInMember> member, String origin) {
        List<ErasedRecord> erased = new ArrayList<>();
        if (target.equals(MyDataFields.ALL)) {
            for (PersonalRecord record : records.holding(emailHash)) {
                records.erase(record.kind(), record.reference(), emailHash).ifPresent(erased::add);
            }
        } else {
            int colon = target.indexOf(':');
            if (colon <= 0) {
                throw new NoSuchRecordException();
            }
            records.erase(target.substring(0, colon), target.substring(colon + 1), emailHash)
                    .ifPresent(erased::add);
        }
        if (erased.isEmpty()) {
            throw new NoSuchRecordException();
        }
        Instant now = clock.instant();
        if (records.holding(emailHash).isEmpty()) {
            erased.stream().map(ErasedRecord::email).distinct().forEach(email -> traces.forget(email, now));
        }
        audit.record(new AuditEntry(
                AUDIT_SUBJECT,
                now,
                member.map(SignedInMember::memberId).orElse(THE_PERSON),
                member.map(SignedInMember::name).orElse(""),
                member.isPresent() ? "audit.erasure.byTeam" : "audit.erasure.byThePerson",
                kinds(erased)));
        confirm(erased, origin, now);
        return erased;
    }

    /** "order ×2, subscription ×1": what was erased, by kind, without a reference or a name. */
    private static String kinds(List<ErasedRecord> erased) {
        Map<String, Long> counts =
                erased.stream().collect(Collectors.groupingBy(ErasedRecord::kind, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " ×" + count.getValue())
                .collect(Collectors.joining(", "));
    }

    /** One confirmation per address the erased records held (one, but for a person who typed it differently). */
    private void confirm(List<ErasedRecord> erased, String origin, Instant now) {
        erased.stream()
                .map(ErasedRecord::email)
                .distinct()
                .forEach(email -> requests.put(new MyDataRequest(
                        UUID.randomUUID().toString(),
                        MyDataRequest.Kind.ERASED,
                        email,
                        origin,
                        erased.stream()
                                .filter(record -> record.email().equals(email))
                                .map(record -> record.kind() + ":" + record.reference())
                                .toList(),
                        now,
                        now.plus(confirmationWindow))));
    }
}
