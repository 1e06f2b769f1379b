package org.passage.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the embedded server keeps its data, so that it survives restarts
 */
@ConfigurationProperties("passage")
record DatabaseProperties(@DefaultValue("./data") Path dataDir) {
}
