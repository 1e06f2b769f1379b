package org.passage.web;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Where the container sends every error not answered earlier (404s without a handler, 413s from the
 * body limit, exceptions, security rejections): problem+json under {@code /api}, else the
 * localized error page. Replaces Boot's BasicErrorController; never shows internals.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 413, 429, 500);

    private final MessageSource messages;
    private final JacksonJsonView problemJson;

    ErrorPageController(MessageSource messages, JsonMapper jsonMapper) {
        this.messages = messages;
        this.problemJson = new JacksonJsonView(jsonMapper);
        this.problemJson.setModelKey("problem");
        this.problemJson.setExtractValueFromSingleKeyModel(true);
        this.problemJson.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (ApiPaths.isApi(request)) {
            // Whatever the Accept header says: the API answers problem+json.
            ModelAndView problem = new ModelAndView(problemJson, "problem", problem(status));
            problem.setStatus(status);
            return problem;
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", "error." + messageKeyFor(status.value()));
        return page;
    }

    private ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        problem.setDetail(messages.getMessage("error." + messageKeyFor(status.value()) + ".detail", null,
                LocaleContextHolder.getLocale()));
        return problem;
    }

    /** The message key family of a status: its own if we have a page for it, else a generic one. */
    static String messageKeyFor(int status) {
        if (PAGES.contains(status)) {
            return String.valueOf(status);
        }
        return status >= 500 ? "500" : "400";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
