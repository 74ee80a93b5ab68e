package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Managing the team, for admins: list, add, change (name, role, counters), remove, end all sessions. An admin never
 * changes their own role nor removes themselves, so the team always keeps an admin; {@link FirstAdmin} covers a team
 * without any. Ending access ends sessions at once: the authorizer reads the member on every request it checks.
 */
public final class MemberService {
    private static final int TRAIL_LENGTH = 50;

    private final MemberStore store;
    private final MemberValidator validator;
    private final MemberAddresses addresses;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    MemberService(
            MemberStore store,
            MemberValidator validator,
            MemberAddresses addresses,
            Sessions sessions,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.validator = validator;
        this.addresses = addresses;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What admins did to that member, newest first. */
    public List<AuditEntry> trailOf(String memberId) {
        return audit.latest(subject(memberId), TRAIL_LENGTH);
    }

    /** Every member, admins first, then the team, then the counters' concierges; by name in each. */
    public List<Member> all() {
        List<Member> members = new ArrayList<>();
        for (Role role : Role.values()) {
            members.addAll(store.withRole(role));
        }
        return members;
    }

    /** @throws NoSuchRecordException for an unknown id */
    public Member find(String memberId) {
        return store.find(memberId).orElseThrow(NoSuchRecordException::new);
    }

    /**
     * @throws InvalidInputException for a wrong field
     * @throws AddressTakenException when the address is already a member's
     */
    public Member add(SignedInMember admin, SubmittedFields fields) {
        MemberDraft draft = validator.validateNew(fields);
        String email = draft.email().orElseThrow();
        String emailHash = addresses.hash(email);
        if (store.findByEmailHash(emailHash).isPresent()) {
            throw new AddressTakenException();
        }
        Member member = new Member(
                UUID.randomUUID().toString(),
                email,
                emailHash,
                draft.name(),
                draft.role(),
                draft.counters(),
                1,
                clock.instant(),
                Optional.empty());
        if (!store.add(member)) {
            throw new IllegalStateException("A random member id was taken");
        }
        record(admin, member.memberId(), "audit.member.added", access(member.role(), member.counters()));
        return member;
    }

    /**
     * @throws InvalidInputException for a wrong field, or an admin's change of their own role
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException changed by someone else meanwhile
     */
    public Member change(SignedInMember admin, String memberId, SubmittedFields fields) {
        MemberDraft draft = validator.validateChange(fields);
        if (admin.memberId().equals(memberId) && draft.role() != admin.role()) {
            throw InvalidInputException.of(MemberFields.ROLE, "member.role.own");
        }
        Member changed = store.change(memberId, draft.seenVersion(), draft.name(), draft.role(), draft.counters());
        record(admin, memberId, "audit.member.changed", access(changed.role(), changed.counters()));
        return changed;
    }

    /**
     * Removes the member and ends their sessions and sign-in links.
     *
     * @throws InvalidInputException for an admin removing themselves, or a form without its version
     */
    public void remove(SignedInMember admin, String memberId, SubmittedFields fields) {
        long seenVersion = MemberVersion.of(fields);
        if (admin.memberId().equals(memberId)) {
            throw InvalidInputException.of(MemberFields.VERSION, "member.remove.own");
        }
        store.remove(memberId, seenVersion);
        sessions.endAllOf(memberId);
        record(admin, memberId, "audit.member.removed", "");
    }

    /** Ends every session and sign-in link of the member, now (a lost phone, a shared computer...). */
    public void endSessions(SignedInMember admin, String memberId) {
        Instant now = clock.instant();
        store.endSessions(memberId, now);
        sessions.endAllOf(memberId);
        record(admin, memberId, "audit.member.sessionsEnded", "");
    }

    private void record(SignedInMember admin, String memberId, String action, String detail) {
        audit.record(
                new AuditEntry(subject(memberId), clock.instant(), admin.memberId(), admin.name(), action, detail));
    }

    private static String subject(String memberId) {
        return "member:" + memberId;
    }

    /** The role and counters given, by their ids: names of things, not a person's data. */
    private static String access(Role role, List<String> counters) {
        return counters.isEmpty() ? role.name() : role.name() + " " + String.join(",", counters);
    }
}
