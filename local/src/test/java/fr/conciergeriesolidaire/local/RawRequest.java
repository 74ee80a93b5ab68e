package fr.conciergeriesolidaire.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET written byte for byte, as a hostile page or client can: Java's HttpClient normalises the path and will not
 * send another {@code Host}.
 */
public final class RawRequest {
    private RawRequest() {}

    /** The whole answer, status line, headers and body, as text. */
    public static String get(int port, String rawPath, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream()
                    .write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
