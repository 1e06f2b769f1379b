package org.passage.residence.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds what {@link IdempotencyInterceptor} needs around a write of the applicant's API sent with an
 * {@code Idempotency-Key}: the request's body, read once so that it can be compared and still reach
 * the controller (multipart bodies are compared part by part by the interceptor instead), and the
 * answer, kept for the key when it is a success and the key freed otherwise. Registered after
 * {@link OnBehalfTransactionFilter}, so that for a representative the key and the change share one
 * transaction. Submitting keeps its own keys ({@code ApplicationApiController}).
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String PREFIX = "/api/v1/residence/applications/";
    private static final String SUBMISSION = "/submission";

    private final IdempotentWrites writes;

    IdempotencyKeyFilter(IdempotentWrites writes) {
        this.writes = writes;
    }

    /** Whether a request is a write of the applicant's API that this filter and the interceptor handle. */
    static boolean applies(HttpServletRequest request) {
        String method = request.getMethod();
        if (!(HttpMethod.POST.matches(method) || HttpMethod.PUT.matches(method) || HttpMethod.DELETE.matches(method)
                || HttpMethod.PATCH.matches(method)) || request.getHeader(HEADER) == null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        int slash = path.indexOf('/', PREFIX.length());
        return slash > 0 && !path.substring(slash).equals(SUBMISSION);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        HttpServletRequest held = contentType != null && contentType.toLowerCase().startsWith("multipart/")
                ? request : new CachedBody(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(held, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            if (request.getAttribute(IdempotencyInterceptor.CLAIMED) instanceof IdempotencyInterceptor.Claimed claimed) {
                writes.release(claimed.number(), claimed.operation(), claimed.key());
            }
            throw e;
        }
        if (request.getAttribute(IdempotencyInterceptor.CLAIMED) instanceof IdempotencyInterceptor.Claimed claimed) {
            int status = answer.getStatus();
            if (status >= 200 && status < 300) {
                writes.complete(claimed.number(), claimed.operation(), claimed.key(), status,
                        new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
            } else {
                writes.release(claimed.number(), claimed.operation(), claimed.key());
            }
        }
        answer.copyBodyToResponse();
    }

    /** A request whose body was read once and is given again to whoever reads it. */
    static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The body is already in memory: all of it is available at once.
                    try {
                        if (in.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
