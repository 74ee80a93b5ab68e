package fr.conciergeriesolidaire.functions.registration;

/**
 * What one change of a ledger left, and whether the event went from full to not full or back (the public pages then
 * change: {@link PublicPages}).
 */
record LedgerChange(Ledger after, boolean fullnessChanged) {
    /** After a change that took {@code places} from those left (a negative number gave them back). */
    static LedgerChange took(Ledger after, int places) {
        if (after.free() == null) {
            return new LedgerChange(after, false);
        }
        boolean fullBefore = after.free() + places <= 0;
        return new LedgerChange(after, fullBefore != after.isFull());
    }
}
