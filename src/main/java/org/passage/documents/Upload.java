package org.passage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as the client sent it. The name and size are what the client declared: the name is only
 * kept (sanitised) for display, and the size only serves to refuse early, never to accept.
 *
 * @param fileName     the client's file name, possibly with path parts or worse; may be null
 * @param declaredSize the size the client declared, or -1 when unknown
 * @param content      opens the content; {@link Documents#store} opens it once and closes it
 */
public record Upload(String fileName, long declaredSize, InputStreamSource content) {

    public Upload {
        Objects.requireNonNull(content, "content");
    }

    /** The upload of one multipart form field. */
    public static Upload of(MultipartFile file) {
        return new Upload(file.getOriginalFilename(), file.getSize(), file);
    }

    InputStream open() throws IOException {
        return content.getInputStream();
    }
}
