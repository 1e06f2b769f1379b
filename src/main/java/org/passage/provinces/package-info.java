/**
 * The 81 provinces of Türkiye as reference data: plate code and name in Turkish, English and German.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provinces")
@org.jspecify.annotations.NullMarked
package org.passage.provinces;
