package org.passage.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

/** Small, valid files made in code, so that no test depends on binary fixtures. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF with a correct cross-reference table. */
    public static byte[] pdf() {
        return pdf(0);
    }

    /** A valid PDF of exactly {@code size} bytes (a comment after the header fills it up). */
    public static byte[] pdfOfSize(int size) {
        int padding = Math.max(0, size - pdf(0).length);
        // startxref's digits grow with the padding: settle in a step or two.
        for (int attempt = 0; attempt < 5; attempt++) {
            int length = pdf(padding).length;
            if (length == size) {
                return pdf(padding);
            }
            padding += size - length;
        }
        throw new IllegalArgumentException("Cannot make a PDF of " + size + " bytes");
    }

    private static byte[] pdf(int padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(padding + 1024);
        write(out, "%PDF-1.4\n");
        if (padding > 0) {
            // A comment line: "%" + filler + "\n", as long as asked (at least 2 bytes).
            byte[] comment = new byte[Math.max(2, padding)];
            Arrays.fill(comment, (byte) 'x');
            comment[0] = '%';
            comment[comment.length - 1] = '\n';
            out.writeBytes(comment);
        }
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"
        };
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] text() {
        return "Dear officer,\nplease find my documents attached.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable: the DOS header's "MZ" and the PE signature. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2a7fff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Upload upload(String fileName, byte[] content) {
        return new Upload(fileName, content.length, () -> new ByteArrayInputStream(content));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
