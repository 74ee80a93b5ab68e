package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The members table in memory, with DynamoDbMemberStore's rules (tested against dynalite in BackOfficeIT). */
final class InMemoryMembers implements MemberStore {
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    /** How many times anything read or wrote it: what a request's work on members amounts to. */
    int calls;

    @Override
    public Optional<Member> find(String memberId) {
        calls++;
        return Optional.ofNullable(members.get(memberId));
    }

    @Override
    public Optional<Member> findByEmailHash(String emailHash) {
        calls++;
        return members.values().stream()
                .filter(member -> member.emailHash().equals(emailHash))
                .findFirst();
    }

    @Override
    public List<Member> withRole(Role role) {
        calls++;
        return members.values().stream()
                .filter(member -> member.role() == role)
                .sorted(Comparator.comparing(Member::name))
                .toList();
    }

    @Override
    public boolean anyAdmin() {
        calls++;
        return members.values().stream().anyMatch(member -> member.role() == Role.ADMIN);
    }

    @Override
    public boolean add(Member member) {
        calls++;
        return members.putIfAbsent(member.memberId(), member) == null;
    }

    @Override
    public synchronized Member change(
            String memberId, long seenVersion, String name, Role role, List<String> counters) {
        calls++;
        Member member = current(memberId, seenVersion);
        Member changed = new Member(
                memberId,
                member.email(),
                member.emailHash(),
                name,
                role,
                counters,
                seenVersion + 1,
                member.createdAt(),
                member.sessionsEndedAt());
        members.put(memberId, changed);
        return changed;
    }

    @Override
    public synchronized void remove(String memberId, long seenVersion) {
        calls++;
        current(memberId, seenVersion);
        members.remove(memberId);
    }

    @Override
    public synchronized void endSessions(String memberId, Instant at) {
        calls++;
        Member member = members.get(memberId);
        if (member == null) {
            throw new NoSuchRecordException();
        }
        members.put(
                memberId,
                new Member(
                        memberId,
                        member.email(),
                        member.emailHash(),
                        member.name(),
                        member.role(),
                        member.counters(),
                        member.version(),
                        member.createdAt(),
                        Optional.of(at)));
    }

    Map<String, Member> all() {
        return Map.copyOf(members);
    }

    private Member current(String memberId, long seenVersion) {
        Member member = members.get(memberId);
        if (member == null) {
            throw new NoSuchRecordException();
        }
        if (member.version() != seenVersion) {
            throw new VersionConflictException();
        }
        return member;
    }
}
