package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.Clock;
import java.util.List;

/**
 * A month's export, step by step: the form read, the file written from the stored records, then the export recorded
 * in the audit trail (who, when, which kind of records and which month; never the data). The file is handed over only
 * once the entry is written: an export nobody could account for is never delivered.
 */
final class MonthlyExports {
    /** The audit trail's subject of every export. */
    static final String SUBJECT = "exports";
    /** How many of the latest exports the page lists. */
    static final int LISTED = 20;

    /** A file to download: its safe name and its content. */
    record Export(String fileName, String content) {}

    private final ExportForm form;
    private final ExportFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    MonthlyExports(ExportForm form, ExportFiles files, AuditTrail audit, Clock clock) {
        this.form = form;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for a kind or month not offered */
    Export export(SignedInMember member, SubmittedFields fields) {
        ExportForm.Request request = form.read(fields);
        String content = files.of(request.kind(), request.month());
        audit.record(new AuditEntry(
                SUBJECT,
                clock.instant(),
                member.memberId(),
                member.name(),
                request.kind().auditAction(),
                request.month().toString()));
        return new Export(request.fileName(), content);
    }

    List<AuditEntry> latest() {
        return audit.latest(SUBJECT, LISTED);
    }
}
