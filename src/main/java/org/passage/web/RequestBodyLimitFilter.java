package org.passage.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit before anything parses them: a declared Content-Length over the
 * limit is answered 413 at once; a body without one (chunked) is read through a counting stream
 * that fails when it passes the limit.
 *
 * <p>Uploads (multipart/form-data) have the container's multipart limit instead
 * ({@code spring.servlet.multipart.max-request-size}), which the container also enforces when it
 * parses the parts, chunked or not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The query parameter a page's upload over the limit is sent back with. */
    static final String TOO_LARGE_PARAMETER = "too-large";
    private static final int DRAINED_LIMITS = 4;

    private final long limit;
    private final long multipartLimit;

    RequestBodyLimitFilter(WebProperties properties, ObjectProvider<MultipartConfigElement> multipart) {
        this.limit = properties.maxRequestBody().toBytes();
        MultipartConfigElement config = multipart.getIfAvailable();
        this.multipartLimit = config != null && config.getMaxRequestSize() > 0 ? config.getMaxRequestSize() : limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long bodyLimit = isMultipartForm(request) ? multipartLimit : limit;
        if (request.getContentLengthLong() > bodyLimit) {
            if (isMultipartForm(request) && HttpMethod.POST.matches(request.getMethod()) && !ApiPaths.isApi(request)) {
                // An upload from a page: back to that page's own address with ?too-large, so that the page
                // says so next to the file field, as for a file refused while it was stored.
                drain(request, request.getContentLengthLong());
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?" + TOO_LARGE_PARAMETER);
                return;
            }
            // The error page (or problem+json for the API) is rendered by /error.
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new LimitedRequest(request, bodyLimit), response);
    }

    /**
     * Reads and drops a refused upload's body (up to a few times the limit), so that the browser,
     * which sends the whole form before it reads the answer, gets the redirect instead of a reset
     * connection.
     */
    private void drain(HttpServletRequest request, long length) throws IOException {
        if (length > DRAINED_LIMITS * multipartLimit) {
            return;
        }
        request.getInputStream().skipNBytes(length);
    }

    private static boolean isMultipartForm(HttpServletRequest request) {
        // The same test as Spring's StandardServletMultipartResolver, which parses these requests.
        return StringUtils.startsWithIgnoreCase(request.getContentType(), MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = delegate.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws IOException {
            count += bytes;
            if (count > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
