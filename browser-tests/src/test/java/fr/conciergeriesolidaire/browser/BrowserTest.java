package fr.conciergeriesolidaire.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class of the browser suite, given the running site and its {@link Browsers} in its constructor (one
 * browser per class, or per invocation of a parameterized class), its failures saved under {@code target/failures/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSuite.class)
public @interface BrowserTest {}
