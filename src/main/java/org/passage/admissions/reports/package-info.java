/**
 * The admission desk's reports for the Council of Higher Education (YÖK) and the university: CSV in
 * the two dialects spreadsheets open, the data request on registered foreign students with its
 * column layout kept as data, and the dashboard of an intake.
 */
package org.passage.admissions.reports;
