package fr.conciergeriesolidaire.functions.forms;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * French phone numbers as people type them ("06 12 34 56 78", "+33 6 12 34 56 78", "0033 (0)6...") turned
 * into E.164 ("+33612345678"). Overseas departments dial 0262/0692... nationally but +262 262/692...
 * internationally, so their national numbers get their own country code.
 */
public final class FrenchPhoneNumbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(33|262|590|594|596)([1-9]\\d{8})");
    /** National prefixes of overseas departments and the country code they are called with from abroad. */
    private static final Map<String, String> OVERSEAS = Map.ofEntries(
            Map.entry("0262", "262"),
            Map.entry("0263", "262"),
            Map.entry("0269", "262"),
            Map.entry("0639", "262"),
            Map.entry("0692", "262"),
            Map.entry("0693", "262"),
            Map.entry("0590", "590"),
            Map.entry("0690", "590"),
            Map.entry("0691", "590"),
            Map.entry("0594", "594"),
            Map.entry("0694", "594"),
            Map.entry("0596", "596"),
            Map.entry("0696", "596"),
            Map.entry("0697", "596"));

    private FrenchPhoneNumbers() {}

    /** A stored number as French readers dial it: "+33612345678" is "06 12 34 56 78"; anything else as it is. */
    public static String toNational(String e164) {
        var international = INTERNATIONAL.matcher(e164);
        if (!international.matches()) {
            return e164;
        }
        String national = "0" + international.group(2);
        StringBuilder grouped = new StringBuilder();
        for (int index = 0; index < national.length(); index += 2) {
            grouped.append(index == 0 ? "" : " ").append(national, index, Math.min(national.length(), index + 2));
        }
        return grouped.toString();
    }

    public static Optional<String> toE164(String typed) {
        if (typed.length() > 30) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(typed).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        // "+33 (0)6 ..." is a common way of writing the trunk prefix that must not be dialled.
        compact = compact.replaceFirst("^\\+(33|262|590|594|596)0", "+$1");
        if (NATIONAL.matcher(compact).matches()) {
            String countryCode = OVERSEAS.getOrDefault(compact.substring(0, 4), "33");
            return Optional.of("+" + countryCode + compact.substring(1));
        }
        return INTERNATIONAL.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
