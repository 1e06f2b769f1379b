/**
 * Academic scholarships (§7.10): tuition only, a percentage, awarded by the university's registrar
 * to an admitted undergraduate; its semesters follow the directive (or a bilateral agreement), the
 * semesters used are kept, and a disciplinary decision of the board ends it.
 */
package org.passage.admissions.scholarship;
