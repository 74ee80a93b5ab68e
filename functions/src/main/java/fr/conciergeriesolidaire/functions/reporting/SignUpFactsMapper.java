package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Projection;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes of a sign-up item the reports read (the sign-up feature's {@code SubscriptionItemMapper} writes them;
 * an IT stores sign-ups through that feature and reads them back here): a projection that leaves the contact person
 * out.
 */
final class SignUpFactsMapper {
    static final String BY_STATUS = "by-status";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";

    private static final String REFERENCE = "reference";
    private static final String COMPANY = "company";
    private static final String OTHER_SITE = "otherSite";
    private static final String EMPLOYEES = "employees";
    private static final String START_DATE = "startDate";
    private static final String QUOTE = "quote";
    private static final String COUNTER = "counterId";
    static final Projection PROJECTION = Projection.of(
            REFERENCE,
            CREATED_AT,
            STATUS,
            COMPANY,
            OTHER_SITE,
            EMPLOYEES,
            START_DATE,
            QUOTE,
            COUNTER,
            Expiry.ATTRIBUTE);

    private SignUpFactsMapper() {}

    static SignUpFacts fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> company = Attributes.map(item, COMPANY);
        Map<String, AttributeValue> site =
                item.containsKey(OTHER_SITE) ? Attributes.map(item, OTHER_SITE) : Attributes.map(company, "address");
        return new SignUpFacts(
                Attributes.string(item, REFERENCE),
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                Attributes.string(item, STATUS),
                Attributes.string(company, "name"),
                Attributes.string(company, "siret"),
                new Address(
                                Attributes.string(site, "street"),
                                Attributes.string(site, "postcode"),
                                Attributes.string(site, "city"))
                        .oneLine(),
                (int) Attributes.number(item, EMPLOYEES),
                LocalDate.parse(Attributes.string(item, START_DATE)),
                Attributes.number(Attributes.map(item, QUOTE), "monthlyCents"),
                Attributes.optionalString(item, COUNTER));
    }
}
