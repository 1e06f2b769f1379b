package org.passage.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings.
 *
 * @param maxRequestBody largest request body accepted; larger ones get 413 before any parsing
 */
@ConfigurationProperties("passage.web")
record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
