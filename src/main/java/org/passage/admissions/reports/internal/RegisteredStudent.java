package org.passage.admissions.reports.internal;

import java.time.LocalDate;
import org.passage.rules.LocalizedText;

/** A student enrolled through the foreign-student quota, as the desk's records hold it. */
record RegisteredStudent(String applicationNumber, String studentNumber, String name, String nationality,
        String basis, String programmeCode, LocalizedText programme, LocalizedText faculty, String intake,
        String term, int academicYear, LocalDate enrolledOn, String languageOfInstruction, int durationSemesters) {
}
