package org.passage.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document settings.
 *
 * @param maxBytes  largest document accepted, counted while it is read
 * @param directory where documents are kept, and where every upload is staged while it is checked
 */
@ConfigurationProperties("passage.documents")
record DocumentsProperties(
        @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("./documents") Path directory) {

    DocumentsProperties {
        if (maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("passage.documents.max-bytes must be positive");
        }
    }
}
