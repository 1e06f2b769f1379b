package org.passage.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters hold a NUL character with a 400 (the error
 * page, or problem+json for the API), before any controller sees it. PostgreSQL refuses NUL in
 * text, so a NUL in a free-text field (a quota's source, a refusal's reason, a note) reached the
 * database and ended in a 500 after the form had passed every other check. No field of Passage
 * has a use for the character.
 *
 * <p>A multipart body is left alone: asking for its parameters here would make the container read
 * the whole body before {@link RequestBodyLimitFilter}'s limit can answer with its own 413 problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request) && holdsNul(request.getParameterMap())) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static boolean holdsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
