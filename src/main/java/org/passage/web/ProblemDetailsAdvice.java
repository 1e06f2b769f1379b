package org.passage.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.passage.calendar.SaneDates;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions into RFC 9457 problem details for the JSON API, and into the localized error
 * page for browser pages. Any exception implementing {@link ErrorResponse}, from any module, keeps
 * its status, headers and properties (such as {@code errors}).
 *
 * <p>Lowest precedence, so a module's own {@code @ExceptionHandler} or advice is asked first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** Exceptions of other modules that implement ErrorResponse without extending ErrorResponseException. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleOtherErrorResponses(Exception exception, WebRequest request) throws Exception {
        if (!(exception instanceof ErrorResponse errorResponse)) {
            // Declines: an unexpected exception goes on to the container's error handling (a 500),
            // which logs it and renders /error without any internals.
            throw exception;
        }
        ProblemDetail body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        return handleExceptionInternal(exception, body, errorResponse.getHeaders(), errorResponse.getStatusCode(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOfType(exception, RequestBodyTooLargeException.class) != null) {
            return handleExceptionInternal(exception,
                    problem(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large"), headers,
                    HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem;
        JacksonException jackson = causeOfType(exception, JacksonException.class);
        if (jackson == null) {
            problem = problem(HttpStatus.BAD_REQUEST, "problem.body-missing");
            problem.setProperty(FieldErrors.PROPERTY, List.of(FieldErrors.of("", text("problem.field.required"))));
        } else if (jackson instanceof StreamReadException) {
            problem = problem(HttpStatus.BAD_REQUEST, "problem.malformed-json");
            String where = jackson.getLocation() == null ? ""
                    : text("problem.field.syntax", jackson.getLocation().getLineNr(), jackson.getLocation().getColumnNr());
            problem.setProperty(FieldErrors.PROPERTY, List.of(FieldErrors.of(FieldErrors.path(jackson), where)));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
            problem.setProperty(FieldErrors.PROPERTY, List.of(FieldErrors.of(FieldErrors.path(jackson), fieldMessage(jackson))));
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** An upload over {@code spring.servlet.multipart.max-request-size} that came without a Content-Length. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception, problem(HttpStatus.CONTENT_TOO_LARGE, "problem.body-too-large"),
                headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** A multipart body that cannot be parsed (no boundary, cut short): the caller's mistake, not a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleUnreadableMultipart(MultipartException exception, WebRequest request) {
        return handleExceptionInternal(exception, problem(HttpStatus.BAD_REQUEST, "problem.invalid-input"),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private String fieldMessage(JacksonException jackson) {
        if (jackson instanceof PropertyBindingException) {
            return text("problem.field.unknown");
        }
        if (jackson instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            // Values are records that validate in their constructor: their message is the reason.
            return invalid.getMessage();
        }
        if (jackson instanceof StrictJsonConfiguration.DateOutOfRangeException) {
            return text("problem.field.date-range", SaneDates.FIRST.toString(), SaneDates.LAST.toString());
        }
        if (jackson instanceof InvalidFormatException || jackson instanceof MismatchedInputException) {
            return text("problem.field.expected", FieldErrors.expected(((MismatchedInputException) jackson).getTargetType()));
        }
        return text("problem.field.invalid");
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Unknown paths of any method end in the static resource handler; say so without its wording.
        return handleExceptionInternal(exception, problem(HttpStatus.NOT_FOUND, "error.404.detail"), headers,
                HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception, problem(HttpStatus.NOT_FOUND, "error.404.detail"), headers,
                HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            errors.add(FieldErrors.of(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : exception.getBindingResult().getGlobalErrors()) {
            errors.add(FieldErrors.of("", error.getDefaultMessage()));
        }
        problem.setProperty(FieldErrors.PROPERTY, errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        List<Map<String, String>> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error ->
                        errors.add(FieldErrors.of(error.getField(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error ->
                        errors.add(FieldErrors.of(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
            }
        });
        problem.setProperty(FieldErrors.PROPERTY, errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        problem.setProperty(FieldErrors.PROPERTY, List.of(FieldErrors.of(exception.getPropertyName(),
                text("problem.field.expected", FieldErrors.expected(exception.getRequiredType())))));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        problem.setProperty(FieldErrors.PROPERTY,
                List.of(FieldErrors.of(exception.getParameterName(), text("problem.field.required"))));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The one exit: problem+json for the API; for pages, the container's localized error page. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        if (!ApiPaths.isApi(servletRequest)) {
            HttpServletResponse response = ((ServletWebRequest) request).getResponse();
            if (response != null && !response.isCommitted()) {
                headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                try {
                    response.sendError(status.value());
                } catch (IOException e) {
                    logger.debug("Could not send error page", e);
                }
            }
            return null;
        }
        if (body == null && exception instanceof ErrorResponse errorResponse) {
            body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        if (problem.getTitle() == null) {
            problem.setTitle(title(status.value()));
        }
        if (problem.getDetail() == null) {
            problem.setDetail(text("error." + ErrorPageController.messageKeyFor(status.value()) + ".detail"));
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(responseHeaders).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key));
        problem.setTitle(title(status.value()));
        return problem;
    }

    /** The status's title in the caller's language, or its standard reason phrase when the bundles have none. */
    private String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return messages.getMessage("error." + status + ".title", null,
                known != null ? known.getReasonPhrase() : String.valueOf(status), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static <T extends Throwable> T causeOfType(Throwable throwable, Class<T> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
