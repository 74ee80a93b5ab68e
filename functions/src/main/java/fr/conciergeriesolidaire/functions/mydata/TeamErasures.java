package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import java.util.List;
import java.util.Optional;

/**
 * The team's side of an erasure asked for by letter or phone: the address the person gave, typed by a member, finds
 * their records; the member erases one or all for them, exactly as the person would ({@link Erasures}), and the audit
 * trail keeps who did it and when (never the address).
 */
final class TeamErasures {
    private final Erasures erasures;
    private final EmailKeys emailKeys;

    TeamErasures(Erasures erasures, EmailKeys emailKeys) {
        this.erasures = erasures;
        this.emailKeys = emailKeys;
    }

    /**
     * @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for a typed address that is not one
     */
    List<PersonalRecord> find(SubmittedFields fields) {
        return erasures.holding(emailHash(fields));
    }

    List<ErasedRecord> erase(SubmittedFields fields, String target, SignedInMember member, String origin) {
        return erasures.erase(emailHash(fields), target, Optional.of(member), origin);
    }

    private String emailHash(SubmittedFields fields) {
        FormReader reader = new FormReader(fields);
        Optional<String> email = reader.required(MyDataFields.EMAIL, EmailAddresses::canonical, "form.email.invalid");
        reader.errors().throwIfAny();
        return emailKeys.of(email.orElseThrow()).orElseThrow();
    }
}
