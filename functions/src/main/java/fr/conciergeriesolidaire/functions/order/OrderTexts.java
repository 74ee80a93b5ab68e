package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;

/** How an order's parts read in French, the same in its e-mails, its pages and the partners' digests. */
public final class OrderTexts {
    private OrderTexts() {}

    /** {@code 3 × Repassage d'une chemise (la chemise, 2,50 €) : 7,50 €} */
    public static String line(OrderLine line) {
        return quantityAndService(line) + " (" + line.unit() + ", " + FrenchFormat.price(line.unitPriceCents())
                + ")\u00a0: " + FrenchFormat.price(line.totalCents());
    }

    /** {@code 3 × Repassage d'une chemise}: what is to be done, without prices. */
    public static String quantityAndService(OrderLine line) {
        return line.quantity() + " × " + line.serviceName();
    }

    /** {@code mardi 10 mars 2026, de 16 h 30 à 17 h}: the drop-off slot. */
    public static String slot(Slot slot) {
        return FrenchFormat.date(slot.date()) + ", " + FrenchFormat.window(slot.from(), slot.to());
    }
}
