package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The members of the team (template.yaml, MembersTable): by id, by the keyed hash of their address, by role. Every
 * change is one conditional write on the version the admin saw. Implemented on DynamoDB ({@link
 * DynamoDbMemberStore}), in memory by the tests.
 */
public interface MemberStore {
    /** The member as stored now (strongly consistent). */
    Optional<Member> find(String memberId);

    /** The member with that address, if any (found through an index, then read as stored now). */
    Optional<Member> findByEmailHash(String emailHash);

    /** The members of one role, by name. */
    List<Member> withRole(Role role);

    /** Whether any member is an admin. */
    boolean anyAdmin();

    /** Stores a new member; false if one with that id already exists (nothing is replaced). */
    boolean add(Member member);

    /**
     * Changes a member's name, role and counters, if it is still at {@code seenVersion}.
     *
     * @return the member as changed
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException changed meanwhile
     * @throws fr.conciergeriesolidaire.functions.records.NoSuchRecordException removed meanwhile
     */
    Member change(String memberId, long seenVersion, String name, Role role, List<String> counters);

    /**
     * Removes a member, if still at {@code seenVersion}.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException changed meanwhile
     * @throws fr.conciergeriesolidaire.functions.records.NoSuchRecordException removed already
     */
    void remove(String memberId, long seenVersion);

    /**
     * Records that every session and sign-in link of the member made until {@code at} is ended.
     *
     * @throws fr.conciergeriesolidaire.functions.records.NoSuchRecordException no such member
     */
    void endSessions(String memberId, Instant at);
}
