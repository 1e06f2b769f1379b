package org.passage.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Tells the JSON API (answers in problem+json) from browser pages (answers with an error page). */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
