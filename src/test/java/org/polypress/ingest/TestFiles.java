package org.polypress.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds the documents the ingest tests feed to the extractor: test resources, zips, PDFs. */
public final class TestFiles {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TestFiles() {
    }

    /** A line of text in Helvetica 10 at (x, y), PDF coordinates (from the bottom). */
    record PdfLine(float x, float y, String text) {
    }

    /** A PDF of pages of the given sizes, each with its lines written in the order given. */
    static byte[] linesPdf(org.apache.pdfbox.pdmodel.common.PDRectangle[] sizes, java.util.List<java.util.List<PdfLine>> pages)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < sizes.length; i++) {
                PDPage page = new PDPage(sizes[i]);
                document.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    for (PdfLine l : pages.get(i)) {
                        c.beginText();
                        c.setFont(font, 10);
                        c.newLineAtOffset(l.x(), l.y());
                        c.showText(l.text());
                        c.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource /ingest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /** A zip of the given entries, in order; the first entry is stored uncompressed when asked (ODF's mimetype). */
    public static byte[] zip(Map<String, byte[]> entries, boolean storeFirst) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && storeFirst) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A minimal DOCX whose main part is {@code documentXml}. */
    public static byte[] docx(String documentXml) {
        return zip(docxParts(documentXml.getBytes(StandardCharsets.UTF_8)), false);
    }

    public static Map<String, byte[]> docxParts(byte[] documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        parts.put("word/document.xml", documentXml);
        return parts;
    }

    /** DOCX body XML with one {@code w:p} per paragraph. */
    public static String docxDocument(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W_NS
                + "\"><w:body>" + body + "</w:body></w:document>";
    }

    /** A minimal ODT whose content part is {@code contentXml}. */
    public static byte[] odt(String contentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        parts.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>"));
        parts.put("content.xml", utf8(contentXml));
        return zip(parts, true);
    }

    public static String odtContent(String heading, String... paragraphs) {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + heading + "</text:h>");
        for (String p : paragraphs) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    /** A PDF with one page per entry, each showing its lines in Helvetica (WinAnsi characters only). */
    public static byte[] pdf(String[][] pages, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs the user password "secret" to be opened. */
    public static byte[] encryptedPdf() {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pass", "secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return pdf(new String[][] {{"Confidential minutes of the meeting."}}, policy);
    }

    /** A PDF of {@code pages} pages that only show a picture (what a scanner produces). */
    public static byte[] imageOnlyPdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(20, 40, 160, 8);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 72, 500, 400, 200);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** "Billion laughs": ten levels of entities, each ten of the one below, 10^9 "lol"s from a kilobyte. */
    public static byte[] billionLaughsDocx() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return docx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\""
                + W_NS + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A small DOCX whose document.xml unpacks to {@code unpackedBytes}: a zip bomb. */
    public static byte[] docxBomb(long unpackedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var part : TestFiles.docxParts(new byte[0]).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                if (!part.getKey().equals("word/document.xml")) {
                    zip.write(part.getValue());
                } else {
                    zip.write(utf8("<w:document xmlns:w=\"" + TestFiles.W_NS + "\"><w:body>"));
                    byte[] block = utf8("<w:p><w:r><w:t>bomb bomb bomb bomb</w:t></w:r></w:p>".repeat(1_000));
                    for (long written = 0; written < unpackedBytes; written += block.length) {
                        zip.write(block);
                    }
                    zip.write(utf8("</w:body></w:document>"));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reproducible binary noise (xorshift), as a misconfigured export might produce. */
    public static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        return bytes;
    }
}
