package fr.conciergeriesolidaire.functions.http;

import java.util.Locale;
import java.util.Optional;

/** The two body types the API accepts, recognised from Content-Type; only UTF-8 (or no charset). */
public enum BodyType {
    JSON("application/json"),
    FORM("application/x-www-form-urlencoded");

    private final String mediaType;

    BodyType(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Optional<BodyType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String media = parts[0].strip();
        for (int index = 1; index < parts.length; index++) {
            String parameter = parts[index].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return Optional.empty();
            }
        }
        for (BodyType type : values()) {
            if (type.mediaType.equals(media)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
