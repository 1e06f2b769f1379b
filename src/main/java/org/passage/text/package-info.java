/**
 * Free text that people type and others read (names, addresses, the university, officers' notes):
 * one check that it holds nothing invisible that changes how it is displayed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Free text")
package org.passage.text;
