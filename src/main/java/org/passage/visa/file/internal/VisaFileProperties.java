package org.passage.visa.file.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the visa file ({@code passage.visa.file.*}): each upload is bounded by the documents
 * module; this bounds how many files one item of one person may hold.
 *
 * @param filesPerItem files one checklist item of one person may hold
 */
@ConfigurationProperties("passage.visa.file")
record VisaFileProperties(@DefaultValue("10") int filesPerItem) {

    VisaFileProperties {
        if (filesPerItem < 1) {
            throw new IllegalArgumentException("passage.visa.file.files-per-item must be positive");
        }
    }
}
