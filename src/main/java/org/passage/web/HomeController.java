package org.passage.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Passage offers, with a way into each part. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
