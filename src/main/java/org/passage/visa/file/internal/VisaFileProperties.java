package org.passage.visa.file.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the visa file ({@code passage.visa.file.*}): each upload is bounded by the documents
 * module; this bounds how many files one item of one person may hold.
 *
 * @param filesPerItem files one checklist item of one person may hold
 * @param releaseDaysBefore days before the appointment from which a booked file that would not be
 *        complete on the day loses its place (before, the applicant is warned)
 * @param signInsPerClientPerHour sign-in codes one network address may ask for per hour
 * @param codesPerAddressPerDay sign-in codes one e-mail address may be sent per day
 */
@ConfigurationProperties("passage.visa.file")
record VisaFileProperties(@DefaultValue("10") int filesPerItem, @DefaultValue("2") int releaseDaysBefore,
        @DefaultValue("20") int signInsPerClientPerHour, @DefaultValue("5") int codesPerAddressPerDay) {

    VisaFileProperties {
        if (filesPerItem < 1) {
            throw new IllegalArgumentException("passage.visa.file.files-per-item must be positive");
        }
        if (releaseDaysBefore < 0) {
            throw new IllegalArgumentException("passage.visa.file.release-days-before must not be negative");
        }
        if (signInsPerClientPerHour < 1) {
            throw new IllegalArgumentException("passage.visa.file.sign-ins-per-client-per-hour must be positive");
        }
        if (codesPerAddressPerDay < 1) {
            throw new IllegalArgumentException("passage.visa.file.codes-per-address-per-day must be positive");
        }
    }
}
