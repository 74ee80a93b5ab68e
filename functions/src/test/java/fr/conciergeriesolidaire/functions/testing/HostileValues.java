package fr.conciergeriesolidaire.functions.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a visitor, a bot or an attacker may send, for the property tests: strings with control, bidirectional and
 * invisible characters, unpaired surrogates and 10,000 characters; JSON numbers with huge or tiny exponents, -0 and
 * 2^63; any JSON value, nested; form bodies with bad percent-encodings and repeated keys.
 */
public final class HostileValues {
    private static final List<String> NUMBERS = List.of(
            "1e99999999999",
            "1e-99999999999",
            "-1E400",
            "-0",
            "0.0",
            "-0.0",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "1.5",
            "3",
            "0",
            "1e2",
            "99999999999999999999999999999999999999");

    private HostileValues() {}

    /** Text a person or a robot may type, including what disguises or breaks text. */
    public static Arbitrary<String> strings() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars(
                        '\u0000', '\t', '\n', '\r', '\u0085', '\u2028', '\u202e', '\u200b', '\ufeff', '\ud800',
                        '\udfff', '<', '>', '&', '"', '\'', '%', '+', '=', '\\', 'é', 'a', ' ')
                .ofMaxLength(30);
        Arbitrary<String> long10k = Arbitraries.of("a", "é", "\u202e", "1", " ").map(text -> text.repeat(10_000));
        Arbitrary<String> plausible = Arbitraries.of(
                "Hélène",
                "06 12 34 56 78",
                "helene@exemple.fr",
                "732 829 320 00074",
                "51100",
                "2026-03-10",
                "16:30-17:00",
                "comptoir-tilleuls",
                "repassage-chemise",
                "same",
                "other",
                "yes",
                "on",
                "");
        return Arbitraries.frequencyOf(
                Tuple.of(3, any), Tuple.of(3, tricky), Tuple.of(1, long10k), Tuple.of(3, plausible));
    }

    /** A JSON number as written, including what no Java number holds. */
    public static Arbitrary<String> jsonNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(NUMBERS),
                Arbitraries.longs().map(number -> Long.toString(number)),
                Arbitraries.integers().map(n -> n + "e3"));
    }

    /** Any JSON value as text, nested up to {@code depth}. */
    public static Arbitrary<String> jsonValues(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                strings().map(HostileValues::jsonString), jsonNumbers(), Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array =
                jsonValues(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(strings(), jsonValues(depth - 1))
                .as((name, value) -> jsonString(name) + ":" + value)
                .list()
                .ofMaxSize(4)
                .map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.oneOf(scalar, scalar, array, object);
    }

    /**
     * An urlencoded form body: pairs of names (the form's and others, sometimes repeated) and values, each encoded
     * correctly, raw, or with broken escapes and bytes that are not UTF-8.
     */
    public static Arbitrary<String> formBodies(List<String> fieldNames) {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(fieldNames), strings());
        Arbitrary<String> pair = Combinators.combine(names, strings(), encodings(), encodings())
                .as((name, value, nameEncoding, valueEncoding) ->
                        nameEncoding.encode(name) + "=" + valueEncoding.encode(value));
        return pair.list().ofMaxSize(30).map(pairs -> String.join("&", pairs));
    }

    /** A JSON string literal, escaping every character outside printable ASCII (so lone surrogates survive). */
    public static String jsonString(String text) {
        return text.chars()
                .mapToObj(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c))
                .collect(Collectors.joining("", "\"", "\""));
    }

    /** How a piece of a form body is written. */
    public interface Encoding {
        String encode(String text);
    }

    private static Arbitrary<Encoding> encodings() {
        Encoding proper = text -> java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        Encoding raw = text -> text;
        Encoding brokenEscape = text -> proper.encode(text) + "%";
        Encoding badHex = text -> proper.encode(text) + "%zz";
        Encoding notUtf8 = text -> proper.encode(text) + "%C3%28%FF";
        Encoding latin1 = text -> java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.ISO_8859_1);
        return Arbitraries.of(proper, proper, proper, raw, brokenEscape, badHex, notUtf8, latin1);
    }

    /**
     * The valid body, one of whose top-level fields is given {@code json} (raw JSON text) instead: the field is taken
     * out of the body, wherever it was, and written first.
     */
    public static String withField(String validJson, String field, String json) {
        String value = "(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\]|[^,}\\]\\s]+)";
        String without = validJson
                .replaceFirst("\"" + Pattern.quote(field) + "\"\\s*:\\s*" + value + "\\s*,?", "")
                .replaceFirst(",\\s*}\\s*$", "}");
        return without.replaceFirst("\\{", Matcher.quoteReplacement("{" + jsonString(field) + ": " + json + ", "))
                .replaceFirst(",\\s*}\\s*$", "}");
    }
}
