package org.passage.payments.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: signs the browser in as the applicant of {@code number} (the real sign-in with
 * passport number and one-time code belongs to the residence module), then goes to {@code next}.
 */
@RestController
class TestApplicantSignIn {

    static final String PATH = "/test/applicant-sign-in";

    @GetMapping(PATH)
    void signIn(@RequestParam String number, @RequestParam String next, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new ApplicantPrincipal(new ApplicationNumber(number)), null,
                List.of(new SimpleGrantedAuthority(ApplicantPrincipal.ROLE))));
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        response.sendRedirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
    }
}
