package org.passage.admissions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The university's exam table, from {@code passage.admissions.exam-table} (a class-path location). */
@Configuration(proxyBeanMethods = false)
class AdmissionsConfiguration {

    @Bean
    ExamTable examTable(@Value("${passage.admissions.exam-table:" + ExamTable.DEFAULT_LOCATION + "}") String location) {
        return ExamTable.load(location);
    }
}
