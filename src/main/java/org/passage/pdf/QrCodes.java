package org.passage.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** QR codes as PNG data URIs, for an {@code <img>} in a PDF template. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * A QR code of {@code text} (error correction M, 4-module quiet zone), {@code pixels} wide, as a
     * {@code data:image/png;base64,…} URI.
     */
    public static String pngDataUri(String text, int pixels) {
        if (text == null || text.isEmpty() || text.length() > 1000) {
            throw new IllegalArgumentException("a QR code holds 1 to 1000 characters");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("text cannot be encoded as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
