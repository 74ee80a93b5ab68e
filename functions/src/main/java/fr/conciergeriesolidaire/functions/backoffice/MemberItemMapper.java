package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.aws.Attributes.l;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A member as an item of the members table; the one place its attribute names are written.
 *
 * <pre>
 * memberId  key               emailHash  (index by-email)     role, name  (index by-role: role, sorted by name)
 * email, counters [ids], version, createdAt, sessionsEndedAt?
 * </pre>
 */
final class MemberItemMapper {
    static final String MEMBER_ID = "memberId";
    static final String EMAIL = "email";
    static final String EMAIL_HASH = "emailHash";
    static final String NAME = "name";
    static final String ROLE = "role";
    static final String COUNTERS = "counters";
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String SESSIONS_ENDED_AT = "sessionsEndedAt";
    static final String BY_EMAIL_INDEX = "by-email";
    static final String BY_ROLE_INDEX = "by-role";

    private MemberItemMapper() {}

    static Map<String, AttributeValue> item(Member member) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(MEMBER_ID, s(member.memberId()));
        item.put(EMAIL, s(member.email()));
        item.put(EMAIL_HASH, s(member.emailHash()));
        item.put(NAME, s(member.name()));
        item.put(ROLE, s(member.role().name()));
        item.put(COUNTERS, counters(member.counters()));
        item.put(VERSION, n(member.version()));
        item.put(CREATED_AT, s(Timestamps.format(member.createdAt())));
        member.sessionsEndedAt().ifPresent(at -> item.put(SESSIONS_ENDED_AT, s(Timestamps.format(at))));
        return item;
    }

    static Member member(Map<String, AttributeValue> item) {
        return new Member(
                Attributes.string(item, MEMBER_ID),
                Attributes.string(item, EMAIL),
                Attributes.string(item, EMAIL_HASH),
                Attributes.string(item, NAME),
                Role.valueOf(Attributes.string(item, ROLE)),
                Attributes.list(item, COUNTERS).stream().map(AttributeValue::s).toList(),
                Attributes.number(item, VERSION),
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                Attributes.optionalString(item, SESSIONS_ENDED_AT).map(Timestamps::parse));
    }

    static AttributeValue counters(List<String> counters) {
        return l(counters.stream().map(Attributes::s).toList());
    }
}
