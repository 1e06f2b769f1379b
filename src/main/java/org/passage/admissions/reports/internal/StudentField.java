package org.passage.admissions.reports.internal;

/** What a column of the YÖK student export holds; the layout file names these. */
enum StudentField {
    STUDENT_NUMBER,
    APPLICATION_NUMBER,
    NAME,
    NATIONALITY,
    NATIONALITY_CODE,
    BASIS,
    PROGRAMME,
    PROGRAMME_CODE,
    FACULTY,
    INTAKE,
    TERM,
    ACADEMIC_YEAR,
    ENROLLED_ON,
    LANGUAGE_OF_INSTRUCTION,
    DURATION_SEMESTERS
}
