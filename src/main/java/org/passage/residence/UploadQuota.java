package org.passage.residence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one application may upload ({@code passage.residence.uploads.*}): each file is bounded by
 * the documents module, these bound how many and how much in all, so that one draft cannot fill
 * the store.
 *
 * @param filesPerItem files one checklist item may hold
 * @param bytesPerApplication bytes of all the application's files together
 */
@ConfigurationProperties("passage.residence.uploads")
public record UploadQuota(@DefaultValue("10") int filesPerItem, @DefaultValue("100MB") DataSize bytesPerApplication) {

    public UploadQuota {
        if (filesPerItem < 1 || bytesPerApplication.toBytes() < 1) {
            throw new IllegalArgumentException("passage.residence.uploads limits must be positive");
        }
    }
}
