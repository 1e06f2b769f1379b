package org.passage.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a form sent after its session expired leads (see {@link SessionExpiredHandler}). */
@Controller
class SessionExpiredController {

    /** Any method: the refused form's own request is forwarded here. */
    @RequestMapping(SessionExpiredHandler.PAGE)
    String expired(@RequestParam(required = false) String back, HttpServletRequest request, Model model) {
        Object forwarded = request.getAttribute(SessionExpiredHandler.BACK);
        String asked = forwarded instanceof String path ? path : back;
        String page = isLocalPath(asked) ? asked : null;
        model.addAttribute("back", page);
        model.addAttribute("signIn", signInFor(page));
        return "public/session-expired";
    }

    /** The sign-in page for the part of Passage the form belonged to, if it needs one. */
    static String signInFor(String page) {
        if (page == null) {
            return null;
        }
        if (page.startsWith("/staff") || page.startsWith("/admin")) {
            return "/staff/sign-in";
        }
        if (page.startsWith("/residence/application") || page.startsWith("/appointments")
                || page.startsWith("/payments")) {
            return "/residence/continue";
        }
        return null;
    }

    /** Only a path of this site: never another site's address (no open redirect). */
    static boolean isLocalPath(String path) {
        return path != null && path.length() <= 500 && path.startsWith("/") && !path.startsWith("//")
                && !path.contains("\\") && path.chars().noneMatch(Character::isISOControl);
    }
}
