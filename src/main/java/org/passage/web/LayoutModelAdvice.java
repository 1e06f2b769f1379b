package org.passage.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the languages and the page's own path for the switcher. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
