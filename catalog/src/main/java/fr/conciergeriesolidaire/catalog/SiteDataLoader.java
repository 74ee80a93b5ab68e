package fr.conciergeriesolidaire.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the YAML files of site/data from a folder, then validates them: for the site build, and for the functions'
 * build, which compiles the result into a class ({@code compiled.SiteDataSource}). Any problem is reported with its
 * file and entry.
 */
public final class SiteDataLoader {
    public static final String ORGANISATION = "organisation.yaml";
    public static final String COUNTERS = "counters.yaml";
    public static final String CATALOG = "catalog.yaml";
    public static final String OFFER = "offer.yaml";
    public static final String POLICIES = "policies.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @FunctionalInterface
    private interface Source {
        /** Opens a data file, or returns null when it does not exist. */
        InputStream open(String file) throws IOException;
    }

    private SiteDataLoader() {}

    public static SiteData fromDirectory(Path folder) {
        return load(file -> {
            try {
                return Files.newInputStream(folder.resolve(file));
            } catch (NoSuchFileException missing) {
                return null;
            }
        });
    }

    record CountersFile(List<Neighbourhood> neighbourhoods, List<Counter> counters) {}

    record CatalogFile(List<Category> categories, List<Partner> partners) {}

    private static SiteData load(Source source) {
        List<DataError> errors = new ArrayList<>();
        Organisation organisation = read(source, ORGANISATION, Organisation.class, errors);
        CountersFile counters = read(source, COUNTERS, CountersFile.class, errors);
        CatalogFile catalog = read(source, CATALOG, CatalogFile.class, errors);
        Offer offer = read(source, OFFER, Offer.class, errors);
        Policies policies = read(source, POLICIES, Policies.class, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        SiteData data = new SiteData(
                organisation,
                orEmpty(counters.neighbourhoods()),
                orEmpty(counters.counters()),
                orEmpty(catalog.categories()),
                orEmpty(catalog.partners()),
                offer,
                policies);
        errors.addAll(new SiteDataValidator(data).errors());
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return data;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T read(Source source, String file, Class<T> type, List<DataError> errors) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                errors.add(new DataError(file, "", "fichier introuvable"));
                return null;
            }
            T value = YAML.readValue(in, type);
            if (value == null) {
                errors.add(new DataError(file, "", "fichier vide"));
            }
            return value;
        } catch (JsonProcessingException invalid) {
            errors.add(new DataError(file, describeLocation(invalid), describeProblem(invalid)));
            return null;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file, unreadable);
        }
    }

    private static String describeProblem(JsonProcessingException invalid) {
        if (invalid instanceof UnrecognizedPropertyException unknown) {
            return "clé inconnue « " + unknown.getPropertyName() + " » (faute de frappe ?)";
        }
        if (invalid instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return "valeur manquante ou de mauvais type pour « " + fieldPath(mismatch) + " »";
        }
        return invalid.getOriginalMessage();
    }

    private static String fieldPath(JsonMappingException mismatch) {
        return mismatch.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .substring(1);
    }

    private static String describeLocation(JsonProcessingException invalid) {
        var location = invalid.getLocation();
        return location == null ? "" : "ligne " + location.getLineNr() + ", colonne " + location.getColumnNr();
    }
}
