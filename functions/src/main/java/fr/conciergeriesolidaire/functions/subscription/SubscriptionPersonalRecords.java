package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord.Field;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Company sign-ups as their contact person sees them on "Mes données": found by the contact's e-mail key, shown and
 * downloaded whole (the company, the site, the quote, the contact, their message and the team's notes about the
 * sign-up), erased by deleting the item (its notes, trail and e-mails still to send go with it).
 */
final class SubscriptionPersonalRecords implements PersonalRecords {
    static final String KIND = "subscription";

    private final SubscriptionStore store;
    private final EmailKeys emailKeys;
    private final Wording wording;
    private final ZoneId zone;
    private final Function<Instant, Instant> expiry;
    private final Period retention;

    /** @param expiry when a sign-up received at an instant expires (policies.yaml) */
    SubscriptionPersonalRecords(
            SubscriptionStore store,
            EmailKeys emailKeys,
            Wording wording,
            ZoneId zone,
            Function<Instant, Instant> expiry,
            Period retention) {
        this.store = store;
        this.emailKeys = emailKeys;
        this.wording = wording;
        this.zone = zone;
        this.expiry = expiry;
        this.retention = retention;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PersonalRecord> holding(String emailHash) {
        return store.holding(emailHash).stream()
                .filter(signUp -> holds(signUp, emailHash))
                .map(this::record)
                .toList();
    }

    @Override
    public Optional<ErasedRecord> erase(String reference, String emailHash) {
        return store.find(reference)
                .filter(signUp -> holds(signUp, emailHash))
                .filter(signUp -> store.delete(reference, emailHash))
                .map(signUp -> new ErasedRecord(
                        KIND, reference, signUp.request().contact().email(), false));
    }

    private boolean holds(StoredSubscription signUp, String emailHash) {
        return emailKeys
                .of(signUp.request().contact().email())
                .filter(emailHash::equals)
                .isPresent();
    }

    private PersonalRecord record(StoredSubscription signUp) {
        SubscriptionRequest request = signUp.request();
        ContactDetails contact = request.contact();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                wording.get("mydata.subscription.status"),
                wording.get("mydata.subscription.status." + signUp.status().name())));
        fields.add(new Field(wording.get("mail.company"), request.companyName()));
        fields.add(new Field(wording.get("mail.siret"), SiretNumbers.display(request.siret())));
        fields.add(new Field(
                wording.get("mail.companyAddress"), request.companyAddress().oneLine()));
        fields.add(new Field(
                wording.get("mail.site"),
                request.otherSite().map(Address::oneLine).orElse(wording.get("mail.site.same"))));
        fields.add(new Field(wording.get("mail.employees"), FrenchFormat.count(request.employees())));
        fields.add(new Field(wording.get("mail.startDate"), FrenchFormat.date(request.startDate())));
        fields.add(new Field(wording.get("mydata.subscription.quote"), QuoteSentence.of(request.quote(), wording)));
        fields.add(new Field(wording.get("form.firstName"), contact.firstName()));
        fields.add(new Field(wording.get("form.lastName"), contact.lastName()));
        fields.add(new Field(wording.get("signup.role"), request.role()));
        fields.add(new Field(wording.get("form.phone"), contact.phone()));
        fields.add(new Field(wording.get("form.email"), contact.email()));
        request.message().ifPresent(message -> fields.add(new Field(wording.get("signup.message"), message)));
        if (!signUp.notes().isEmpty()) {
            fields.add(new Field(
                    wording.get("mydata.subscription.notes"),
                    String.join(
                            "\n",
                            signUp.notes().stream()
                                    .map(note -> FrenchFormat.moment(note.at(), zone) + "\u00a0: " + note.text())
                                    .toList())));
        }
        return new PersonalRecord(
                KIND,
                signUp.reference(),
                signUp.createdAt(),
                expiry.apply(signUp.createdAt()),
                wording.format("mydata.retention.subscription", FrenchFormat.period(retention)),
                contact.email(),
                false,
                fields,
                data(signUp));
    }

    /** The sign-up for a program to read: names in English, amounts in cents, dates in ISO-8601. */
    private static Map<String, Object> data(StoredSubscription signUp) {
        SubscriptionRequest request = signUp.request();
        ContactDetails contact = request.contact();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", signUp.status().name());
        data.put(
                "company",
                Map.of(
                        "name", request.companyName(),
                        "siret", request.siret(),
                        "address", address(request.companyAddress())));
        request.otherSite().ifPresent(site -> data.put("site", address(site)));
        data.put("employees", request.employees());
        data.put("startDate", request.startDate().toString());
        data.put(
                "quote",
                Map.of(
                        "monthlyCents", request.quote().monthlyCents(),
                        "minimumApplied", request.quote().minimumApplied(),
                        "commitmentMonths", request.quote().commitmentMonths()));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("firstName", contact.firstName());
        person.put("lastName", contact.lastName());
        person.put("role", request.role());
        person.put("phone", contact.phone());
        person.put("email", contact.email());
        data.put("contact", person);
        request.message().ifPresent(message -> data.put("message", message));
        data.put(
                "notes",
                signUp.notes().stream()
                        .map(note -> Map.of("at", note.at().toString(), "text", note.text()))
                        .toList());
        return data;
    }

    private static Map<String, String> address(Address address) {
        return Map.of("street", address.street(), "postcode", address.postcode(), "city", address.city());
    }
}
