package fr.conciergeriesolidaire.browser.backoffice;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.local.functions.LocalParameters;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * The suite's team, made once over HTTP as a browser would: the runner's first admin ({@code admin@conciergerie.local})
 * signs in by the e-mailed link, then adds a member of its own for each test that signs someone in through the pages
 * (sign-in requests are limited per address, and every test's browser starts without a session).
 */
public final class Team {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final RunningSite site;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String adminCookie;
    private final String csrf;

    private Team(RunningSite site) {
        this.site = site;
        this.adminCookie = signIn(LocalParameters.LOCAL_ADMIN);
        this.csrf = Jsoup.parse(send(get("/api/backoffice/tableau-de-bord")).body())
                .select("input[name=csrf]")
                .attr("value");
    }

    public static Team of(RunningSite site) {
        return site.shared("team", Team.class, () -> new Team(site));
    }

    /**
     * A new member, added by the admin; their address.
     *
     * @param role ADMIN, TEAM or COUNTER
     */
    public String member(String name, String role, String... counters) {
        String address = "membre-" + NEXT.incrementAndGet() + "@conciergerie.local";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("name", name);
        fields.put("email", address);
        fields.put("role", role);
        for (String counter : counters) {
            fields.put("counter." + counter, "yes");
        }
        HttpResponse<String> added =
                send(post("/api/backoffice/membres", fields).header("Cookie", adminCookie));
        if (added.statusCode() != 303) {
            throw new IllegalStateException("Member not added: " + added.statusCode());
        }
        return address;
    }

    /** A back-office page as the admin sees it. */
    public HttpResponse<String> adminGet(String path) {
        return send(get(path));
    }

    /** A back-office form sent by the admin from the site's own page, with the session's token. */
    public HttpResponse<String> adminPost(String path, Map<String, String> fields) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("csrf", csrf);
        return send(post(path, sent).header("Cookie", adminCookie));
    }

    /** Asks for a link, follows it from the e-mail, presses the button: the session cookie ("name=value"). */
    private String signIn(String address) {
        int before = site.mailCountTo(address);
        send(post("/api/backoffice/connexion", Map.of("email", address)));
        String link = SignInLink.next(site, address, before);
        String token = link.substring(link.indexOf("jeton=") + "jeton=".length());
        HttpResponse<String> opened = send(post("/api/backoffice/connexion/lien", Map.of("jeton", token)));
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Cookie", adminCookie)
                .GET();
    }

    /** A form posted from the site's own page (its Origin). */
    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        URI uri = URI.create(site.url(path));
        return HttpRequest.newBuilder(uri)
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                        .collect(Collectors.joining("&"))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
