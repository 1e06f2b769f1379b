package org.passage.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page's form sent without a valid form token (the session that held it expired, or the server
 * restarted) is not a bare 403: the answer (still 403) is the page {@link #PAGE}, which says the
 * session has expired and leads back to the page the form was on. Every other refusal keeps the
 * 403 page.
 */
class SessionExpiredHandler implements AccessDeniedHandler {

    static final String PAGE = "/session-expired";
    /** The request attribute naming the page the refused form was on. */
    static final String BACK = SessionExpiredHandler.class.getName() + ".back";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || ApiPaths.isApi(request)) {
            otherwise.handle(request, response, denied);
            return;
        }
        // Still a refusal (403), but the page says why and how to go on.
        request.setAttribute(BACK, back(request));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** The path of the page the form was on (the same site's Referer), else of the form's own address. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null) {
                    return withoutContext(request, uri.getRawPath())
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // Not an address: fall back to the form's own.
            }
        }
        return withoutContext(request, request.getRequestURI());
    }

    private static String withoutContext(HttpServletRequest request, String path) {
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
