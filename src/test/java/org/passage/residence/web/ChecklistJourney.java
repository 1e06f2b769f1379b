package org.passage.residence.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** One visitor of the checklist wizard in MockMvc: keeps the Spring Session cookie between requests. */
final class ChecklistJourney {

    private final MockMvc mvc;
    private final String language;
    private Cookie session;

    ChecklistJourney(MockMvc mvc, String language) {
        this.mvc = mvc;
        this.language = language;
    }

    /** The same visitor (the same session) reading the pages in another language. */
    ChecklistJourney(MockMvc mvc, String language, ChecklistJourney sameVisitor) {
        this(mvc, language);
        this.session = sameVisitor.session;
    }

    /** Posts the answers of a page as name, value pairs; returns the result (a redirect when all is well). */
    MvcResult answer(String step, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/residence/checklist/" + step).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    MvcResult get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    MvcResult confirm() throws Exception {
        return perform(post("/residence/checklist/check").with(csrf()));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.header("Accept-Language", language);
        if (session != null) {
            request.cookie(session);
        }
        MvcResult result = mvc.perform(request).andReturn();
        Cookie issued = result.getResponse().getCookie("SESSION");
        if (issued != null) {
            session = issued;
        }
        return result;
    }

}
