package org.passage.pdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A rendered PDF as an answer: shown in the browser under its file name, and never kept by a cache,
 * since every Passage PDF holds one person's data.
 */
public final class PdfResponses {

    private PdfResponses() {
    }

    public static ResponseEntity<byte[]> inline(String fileName, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
