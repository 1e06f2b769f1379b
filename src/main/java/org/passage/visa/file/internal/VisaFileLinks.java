package org.passage.visa.file.internal;

import java.util.UUID;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where a file's page is: absolute when a request is being served (the address Passage was reached at). */
final class VisaFileLinks {

    private VisaFileLinks() {
    }

    static String filePage(UUID id) {
        String path = "/visa/file/" + id;
        if (RequestContextHolder.getRequestAttributes() == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
