package fr.conciergeriesolidaire.functions.forms;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: bytes that are not UTF-8 refuse the submission, instead of turning silently into U+FFFD. */
public final class Utf8 {
    private Utf8() {}

    /** @param unreadableKey the message, in the site's wording, when the bytes are not UTF-8 */
    public static String decode(byte[] bytes, String unreadableKey) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw InvalidInputException.unreadable(unreadableKey);
        }
    }
}
