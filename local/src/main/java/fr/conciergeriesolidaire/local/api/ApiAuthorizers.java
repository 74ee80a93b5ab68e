package fr.conciergeriesolidaire.local.api;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lambda authorizers the template's {@code AWS::Serverless::HttpApi} resources declare ({@code Auth.Authorizers},
 * and their {@code DefaultAuthorizer}), each run by its function of the template; and which one guards a route: the
 * route's {@code Auth.Authorizer}, else its API's default, {@code NONE} for none.
 */
final class ApiAuthorizers {
    static final String NONE = "NONE";

    /** By API logical id: its authorizers by name, and its default's name if any. */
    private final Map<String, Map<String, LocalAuthorizer>> byApi;

    private final Map<String, String> defaults;

    private ApiAuthorizers(Map<String, Map<String, LocalAuthorizer>> byApi, Map<String, String> defaults) {
        this.byApi = byApi;
        this.defaults = defaults;
    }

    static ApiAuthorizers none() {
        return new ApiAuthorizers(Map.of(), Map.of());
    }

    static ApiAuthorizers of(SamTemplate template, List<LocalFunction> functions) {
        Map<String, LocalFunction> byId = new HashMap<>();
        functions.forEach(function -> byId.put(function.logicalId(), function));
        Map<String, Map<String, LocalAuthorizer>> byApi = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::Serverless::HttpApi"))
                .forEach(api -> {
                    Map<String, Object> auth = SamTemplate.map(api.properties().get("Auth"));
                    Map<String, LocalAuthorizer> authorizers = new HashMap<>();
                    SamTemplate.map(auth.get("Authorizers"))
                            .forEach((name, definition) -> authorizers.put(
                                    name, authorizer(api.logicalId(), name, SamTemplate.map(definition), byId)));
                    byApi.put(api.logicalId(), authorizers);
                    Optional.ofNullable(auth.get("DefaultAuthorizer"))
                            .map(String::valueOf)
                            .ifPresent(name -> defaults.put(api.logicalId(), name));
                });
        return new ApiAuthorizers(byApi, defaults);
    }

    /** The authorizer guarding a route declared by that HttpApi event, if any. */
    Optional<LocalAuthorizer> of(String functionId, SamTemplate.EventSource event) {
        String api = event.properties().get("ApiId") instanceof SamTemplate.Intrinsic intrinsic
                ? intrinsic.reference()
                : null;
        // No ApiId: the function's events go to SAM's implicit API, which declares no authorizer here.
        String defaultName = api == null ? null : defaults.get(api);
        String name =
                Objects.toString(SamTemplate.map(event.properties().get("Auth")).get("Authorizer"), defaultName);
        if (name == null || name.equals(NONE)) {
            return Optional.empty();
        }
        LocalAuthorizer authorizer =
                api == null ? null : byApi.getOrDefault(api, Map.of()).get(name);
        if (authorizer == null) {
            throw new StartupException(functionId + " : l'événement " + event.name() + " nomme l'autorisation " + name
                    + ", que son API (" + api + ") ne déclare pas dans Auth.Authorizers.");
        }
        return Optional.of(authorizer);
    }

    private static LocalAuthorizer authorizer(
            String api, String name, Map<String, Object> definition, Map<String, LocalFunction> functions) {
        String where = api + ".Auth.Authorizers." + name;
        if (!Boolean.TRUE.equals(definition.get("EnableSimpleResponses"))
                || !"2.0".equals(String.valueOf(definition.get("AuthorizerPayloadFormatVersion")))) {
            throw new StartupException(where + " : seules les autorisations Lambda au format 2.0 à réponses simples"
                    + " (EnableSimpleResponses: true) sont émulées localement.");
        }
        LocalFunction function = functions.get(functionId(definition.get("FunctionArn")));
        if (function == null) {
            throw new StartupException(where + " : FunctionArn doit désigner une fonction du modèle (!GetAtt"
                    + " <Fonction>.Arn ou !Ref <Fonction>.Alias).");
        }
        Map<String, Object> identity = SamTemplate.map(definition.get("Identity"));
        List<String> headers = SamTemplate.list(identity.get("Headers")).stream()
                .map(String::valueOf)
                .toList();
        if (headers.isEmpty()) {
            throw new StartupException(where + " : Identity.Headers doit nommer l'en-tête qui identifie la requête.");
        }
        return new LocalAuthorizer(
                name, function, headers, Duration.ofSeconds(SamTemplate.integer(identity.get("ReauthorizeEvery"), 0)));
    }

    /** The function a {@code FunctionArn} names: {@code !GetAtt F.Arn} or {@code !Ref F.Alias}. */
    private static String functionId(Object arn) {
        if (arn instanceof SamTemplate.Intrinsic intrinsic) {
            String value = String.valueOf(intrinsic.value());
            if ("!GetAtt".equals(intrinsic.tag()) && value.endsWith(".Arn")) {
                return value.substring(0, value.length() - ".Arn".length());
            }
            if ("!Ref".equals(intrinsic.tag()) && value.endsWith(".Alias")) {
                return value.substring(0, value.length() - ".Alias".length());
            }
        }
        return null;
    }
}
