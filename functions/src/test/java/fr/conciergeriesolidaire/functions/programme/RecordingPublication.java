package fr.conciergeriesolidaire.functions.programme;

import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests to publish of handler tests: each one kept; refused while told to (as the table out of reach). */
public final class RecordingPublication implements ProgrammePublication {
    private final List<Instant> asked = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    @Override
    public void changed(Instant at) {
        if (refusing) {
            throw new StorageUnavailableException(new IllegalStateException("refusing, as told by the test"));
        }
        asked.add(at);
    }

    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    public List<Instant> asked() {
        return List.copyOf(asked);
    }
}
