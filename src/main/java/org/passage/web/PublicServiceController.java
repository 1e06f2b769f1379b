package org.passage.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages a public service owes everyone, linked from every footer: privacy, accessibility, help. */
@Controller
class PublicServiceController {

    @GetMapping("/privacy")
    String privacy() {
        return "public/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "public/accessibility";
    }

    @GetMapping("/help")
    String help() {
        return "public/help";
    }
}
