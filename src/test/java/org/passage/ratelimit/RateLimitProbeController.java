package org.passage.ratelimit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint under the rate-limited path. */
@RestController
class RateLimitProbeController {

    @GetMapping("/api/v1/assessments/rate-limit-probe")
    String probe() {
        return "ok";
    }
}
