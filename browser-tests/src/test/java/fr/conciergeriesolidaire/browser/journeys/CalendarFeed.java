package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A calendar link as a calendar application subscribes to it: fetched over HTTP, then parsed by ical4j. */
public final class CalendarFeed {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CalendarFeed() {}

    /** The summaries of the calendar's events; fails unless it is served as text/calendar and parses. */
    static List<String> summaries(String address) {
        return events(address).stream()
                .map(event -> event.getProperty(Property.SUMMARY)
                        .map(Property::getValue)
                        .orElse(""))
                .toList();
    }

    /** The calendar's events; fails unless it is served as text/calendar and parses. */
    public static List<VEvent> events(String address) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(address).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(address)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
            return new CalendarBuilder()
                    .build(new StringReader(answer.body())).getComponents().stream()
                            .filter(VEvent.class::isInstance)
                            .map(VEvent.class::cast)
                            .toList();
        } catch (IOException | ParserException unreadable) {
            throw new AssertionError("Unreadable calendar " + address, unreadable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
