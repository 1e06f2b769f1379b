/**
 * The one form engine: pages of questions, one parser per field kind (the same on every page and
 * in every language), the fields as {@code fragments/forms.html} renders them, and the answers
 * as they are read back on check-your-answers pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
@org.jspecify.annotations.NullMarked
package org.passage.forms;
