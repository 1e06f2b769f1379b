package org.passage.residence.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.representatives.Mandates;
import org.passage.residence.representatives.RepresentativePrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

/**
 * Makes every write of the applicant's API idempotent by its {@code Idempotency-Key} through
 * {@link IdempotentWrites}, as submitting is: the first request with a key goes ahead and its success
 * is kept (by {@link IdempotencyKeyFilter}); the same key with the same body answers that success
 * again without doing anything; the same key with another body is a 422 problem, and while the first
 * request still runs a 409. A key is kept per application and operation (the method and the path
 * after the number). Only a caller who may make the write now gets as far: the application's
 * applicant, or a representative whose live mandate covers it; anyone else is refused as always.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

    /** The request attribute holding the {@link Claimed} key of a request that went ahead. */
    static final String CLAIMED = IdempotencyInterceptor.class.getName() + ".claimed";
    private static final String PREFIX = "/api/v1/residence/applications/";
    private static final int OPERATION_LENGTH = 200;

    record Claimed(ApplicationNumber number, String operation, String key) {
    }

    private final IdempotentWrites writes;
    private final Mandates mandates;
    private final MessageSource messages;

    IdempotencyInterceptor(IdempotentWrites writes, Mandates mandates, MessageSource messages) {
        this.writes = writes;
        this.mandates = mandates;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod) || !IdempotencyKeyFilter.applies(request)
                || request.getAttribute(CLAIMED) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        ApplicationNumber number = ApplicationNumber.parseOrNull(rest.substring(0, slash));
        String operation = rest.substring(slash);
        if (number == null || !mayWrite(number, request.getMethod(), operation)) {
            // The controller or the mandate check refuses it as it refuses any such call.
            return true;
        }
        String key = request.getHeader(IdempotencyKeyFilter.HEADER);
        if (!valid(key)) {
            ErrorResponseException e = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
            e.getBody().setProperty("errors", List.of(Map.of("field", IdempotencyKeyFilter.HEADER, "message",
                    messages.getMessage("api.problem.idempotency-key", null, RequestContextUtils.getLocale(request)))));
            throw e;
        }
        String stored = request.getMethod() + " " + operation;
        if (stored.length() > OPERATION_LENGTH) {
            stored = request.getMethod() + " #" + sha256(operation.getBytes(StandardCharsets.UTF_8));
        }
        switch (writes.claim(number, stored, key, fingerprint(request))) {
            case IdempotentWrites.Reserved reserved -> {
                request.setAttribute(CLAIMED, new Claimed(number, stored, key));
                return true;
            }
            case IdempotentWrites.Replay replay -> {
                // The first answer again; nothing is done, so nothing is recorded on anyone's behalf either.
                request.removeAttribute(MandateAccessInterceptor.ACTING);
                response.setStatus(replay.status());
                if (replay.body() != null && !replay.body().isEmpty()) {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
                }
                return false;
            }
            case IdempotentWrites.OtherBody other ->
                throw problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.idempotency-key-reused");
            case IdempotentWrites.InProgress running ->
                throw problem(HttpStatus.CONFLICT, "api.problem.idempotency-in-progress");
        }
    }

    /** Whether the caller may make this write now: the application's applicant, or a representative under a mandate for it. */
    private boolean mayWrite(ApplicationNumber number, String method, String operation) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        if (authentication.getPrincipal() instanceof ApplicantPrincipal applicant) {
            return applicant.applicationNumber().equals(number);
        }
        if (authentication.getPrincipal() instanceof RepresentativePrincipal representative) {
            return mandates.access(representative.id(), number, MandateAccessInterceptor.scopes(method, operation),
                    false) instanceof Mandates.Granted;
        }
        return false;
    }

    /** What the key is compared by: the body as sent, or a multipart body's fields and files (their SHA-256). */
    private static String fingerprint(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            StringBuilder text = new StringBuilder("multipart\n");
            new TreeMap<>(multipart.getParameterMap()).forEach((name, values) ->
                    text.append("field ").append(name).append('=').append(String.join("\u0000", values)).append('\n'));
            new TreeMap<>(multipart.getMultiFileMap()).forEach((name, files) -> {
                for (MultipartFile file : files) {
                    try {
                        text.append("file ").append(name).append(' ').append(file.getOriginalFilename()).append(' ')
                                .append(sha256(file.getBytes())).append('\n');
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            return text.toString();
        }
        IdempotencyKeyFilter.CachedBody cached = WebUtils.getNativeRequest(request, IdempotencyKeyFilter.CachedBody.class);
        return cached == null ? "" : new String(cached.body(), StandardCharsets.UTF_8);
    }

    private static boolean valid(String key) {
        return key != null && !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c > 32 && c < 127);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String key) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, key, null) {
            @Override
            public String getTitleMessageCode() {
                return "error." + status.value() + ".title";
            }
        };
    }
}
