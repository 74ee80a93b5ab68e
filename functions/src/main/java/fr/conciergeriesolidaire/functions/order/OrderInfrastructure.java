package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;

/** What orders need from outside the JVM; built on AWS in production ({@link AwsOrderInfrastructure}). */
interface OrderInfrastructure {
    /** The parts every form shares, on the orders table. */
    FormInfrastructure form();

    OrderStore orders();
}
