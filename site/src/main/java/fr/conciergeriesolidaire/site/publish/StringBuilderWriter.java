package fr.conciergeriesolidaire.site.publish;

import java.io.Writer;

/**
 * A Writer into a StringBuilder, without the lock that StringWriter and BufferedWriter take on every call: ical4j's
 * folding writer and Freemarker's escaping write a character or a few at a time, and those locks were a tenth of a
 * warm rebuild. One thread per instance.
 */
public final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    public StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int character) {
        text.append((char) character);
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        text.append(characters, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    @Override
    public void flush() {
        // Nothing to flush: everything is in memory.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
