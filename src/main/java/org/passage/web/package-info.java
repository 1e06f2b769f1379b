/**
 * The web layer every module shares: layout, languages, security, sessions, error pages and problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
@org.jspecify.annotations.NullMarked
package org.passage.web;
