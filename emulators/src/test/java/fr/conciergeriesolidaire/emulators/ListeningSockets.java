package fr.conciergeriesolidaire.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP sockets this machine listens on, as {@code ss -ltn} shows them, read from Linux's /proc/net/tcp and
 * /proc/net/tcp6 (no tool needed).
 */
final class ListeningSockets {
    private static final Path IPV4 = Path.of("/proc/net/tcp");
    private static final Path IPV6 = Path.of("/proc/net/tcp6");
    /** The "st" column's value for LISTEN. */
    private static final String LISTEN = "0A";

    /** One listening socket: the address it accepts connections on (0.0.0.0 or :: for all) and its port. */
    record Socket(InetAddress address, int port) {}

    private ListeningSockets() {}

    static boolean readable() {
        return Files.isReadable(IPV4);
    }

    static List<Socket> onPort(int port) {
        return all().stream().filter(socket -> socket.port() == port).toList();
    }

    static List<Socket> all() {
        List<Socket> sockets = new ArrayList<>(read(IPV4));
        if (Files.isReadable(IPV6)) {
            sockets.addAll(read(IPV6));
        }
        return sockets;
    }

    /** Lines such as {@code 0: 0100007F:1F90 00000000:0000 0A ...}: local address:port, remote, state. */
    private static List<Socket> read(Path table) {
        try {
            return Files.readAllLines(table).stream()
                    .skip(1)
                    .map(line -> line.strip().split("\\s+"))
                    .filter(columns -> columns[3].equals(LISTEN))
                    .map(columns -> socket(columns[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Socket socket(String local) {
        String[] parts = local.split(":");
        return new Socket(address(parts[0]), Integer.parseInt(parts[1], 16));
    }

    /** The kernel prints each 32-bit word of the address in the machine's byte order. */
    private static InetAddress address(String hex) {
        ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2);
        for (int word = 0; word < hex.length(); word += 8) {
            int value = Integer.parseUnsignedInt(hex.substring(word, word + 8), 16);
            bytes.putInt(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? Integer.reverseBytes(value) : value);
        }
        try {
            return InetAddress.getByAddress(bytes.array());
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
