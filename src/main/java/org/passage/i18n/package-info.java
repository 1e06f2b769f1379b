/**
 * Texts: the one registration of every module's own message bundle with the application's message source.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Texts")
@org.jspecify.annotations.NullMarked
package org.passage.i18n;
