package fr.conciergeriesolidaire.site.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an XML file with the JDK's StAX writer, which escapes text and attributes. */
final class XmlFile {
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlFile() {}

    static void write(Path file, Body body) {
        try {
            Files.createDirectories(file.getParent());
            // Buffered: the StAX writer writes each tag and text separately (100,000 system calls for 1,000 pages).
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                body.write(xml);
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot write " + file, unwritable);
        } catch (XMLStreamException invalid) {
            throw new IllegalStateException("Cannot write " + file, invalid);
        }
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
