package fr.conciergeriesolidaire.functions.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sign-in requests table in memory. */
final class InMemorySignInRequests implements SignInRequests {
    private final Map<String, SignInRequest> requests = new ConcurrentHashMap<>();

    @Override
    public void put(SignInRequest request) {
        requests.put(request.requestId(), request);
    }

    @Override
    public Optional<SignInRequest> find(String requestId, Instant now) {
        return Optional.ofNullable(requests.get(requestId))
                .filter(request -> request.expiresAt().getEpochSecond() > now.getEpochSecond());
    }

    @Override
    public void delete(String requestId) {
        requests.remove(requestId);
    }

    List<SignInRequest> all() {
        return List.copyOf(requests.values());
    }
}
