package org.passage.admissions;

import org.passage.i18n.MessageBundle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The university's exam table, and the module's own message bundle added to the application's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionsConfiguration.AdmissionsProperties.class)
class AdmissionsConfiguration {

    static final String MESSAGES = "admissions/messages";

    /** @param examTable class-path location of the university's exam table */
    @ConfigurationProperties("passage.admissions")
    record AdmissionsProperties(String examTable) {

        AdmissionsProperties {
            examTable = examTable == null || examTable.isBlank() ? ExamTable.DEFAULT_LOCATION : examTable;
        }
    }

    @Bean
    ExamTable examTable(AdmissionsProperties properties) {
        return ExamTable.load(properties.examTable());
    }

    /** Keeps the module's texts in its own bundle, so that modules do not edit one shared file. */
    @Bean
    static MessageBundle admissionsMessages() {
        return new MessageBundle(MESSAGES);
    }
}
