package org.customs.seizures.benchmarks;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The floors under any reader: inflating the biggest sheet's XML, and the JDK's SAX parser over it doing nothing. */
final class Floors {

    private Floors() {
    }

    /** Inflates the biggest worksheet; returns its size in bytes. */
    static long unzip(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(biggestSheet(zip))) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
            return total;
        }
    }

    /** Parses the biggest worksheet with the JDK's namespace-aware SAX parser and an empty handler; returns its rows. */
    static long saxParse(Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        long[] rows = {0};
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(biggestSheet(zip))) {
            parser.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("row".equals(localName)) {
                        rows[0]++;
                    }
                }
            });
        }
        return rows[0];
    }

    private static ZipEntry biggestSheet(ZipFile zip) {
        return zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet"))
                .max(Comparator.comparingLong(ZipEntry::getSize))
                .orElseThrow(() -> new IllegalArgumentException(zip.getName() + " holds no worksheet"));
    }
}
