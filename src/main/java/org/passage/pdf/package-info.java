/**
 * PDF documents rendered from Thymeleaf HTML templates (openhtmltopdf) with the DejaVu Sans font
 * shipped in the jar, so Turkish letters print on any machine, and QR codes as PNG data URIs.
 * Used for payment receipts and the registration document, later for decision letters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF documents")
@org.jspecify.annotations.NullMarked
package org.passage.pdf;
