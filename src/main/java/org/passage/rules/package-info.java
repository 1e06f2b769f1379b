/**
 * Rules as code: versioned YAML rulebooks with effective-dated parameters, CEL conditions and a
 * citation on every item, so that every answer can say why and by which rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules engine")
@org.jspecify.annotations.NullMarked
package org.passage.rules;
