package fr.conciergeriesolidaire.functions.aws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes a read asks for ({@code ProjectionExpression}), each through a name placeholder ({@code #p0,
 * #p1...}: several attribute names are DynamoDB reserved words, such as {@code status}). A report that reads only
 * what it shows leaves personal data in the table, and moves less over the network.
 */
public record Projection(List<String> attributes) {
    public Projection {
        attributes = List.copyOf(attributes);
    }

    public static Projection of(String... attributes) {
        return new Projection(List.of(attributes));
    }

    public String expression() {
        StringBuilder expression = new StringBuilder();
        for (int index = 0; index < attributes.size(); index++) {
            expression.append(index == 0 ? "" : ", ").append(placeholder(index));
        }
        return expression.toString();
    }

    /** The placeholders' names, to merge with those of the key condition (which must use other placeholders). */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (int index = 0; index < attributes.size(); index++) {
            names.put(placeholder(index), attributes.get(index));
        }
        return names;
    }

    private static String placeholder(int index) {
        return "#p" + index;
    }
}
