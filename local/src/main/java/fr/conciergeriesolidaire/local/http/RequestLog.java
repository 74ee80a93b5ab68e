package fr.conciergeriesolidaire.local.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;

/**
 * One line per request: method, path, status, milliseconds. Never the query string, headers or body, which may
 * carry personal data.
 */
public final class RequestLog extends Filter {
    private final PrintStream out;

    public RequestLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(exchange);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println(exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath() + " " + exchange.getResponseCode() + " " + millis + " ms");
        }
    }

    @Override
    public String description() {
        return "one line per request, without personal data";
    }
}
