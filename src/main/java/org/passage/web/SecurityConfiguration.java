package org.passage.web;

import jakarta.servlet.DispatcherType;

import org.passage.oauth.OfficerBearerTokens;
import org.passage.staff.StaffRole;
import org.passage.staff.StaffSignIn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security baseline: a stateless JSON API under {@code /api/**} (no CSRF, no session), the staff's
 * pages under {@code /staff/**} and {@code /admin/**} behind the staff sign-in, and the browser
 * pages with CSRF-protected forms, where an applicant's own application pages need the applicant's
 * session and the rest is public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages of a signed-in applicant's own application. */
    static final String[] APPLICANT_PAGES = {"/residence/application", "/residence/application/**",
        "/residence/registration-document", "/appointments", "/appointments/**", "/payments", "/payments/pay",
        "/payments/receipt"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The admission desk's staff API: stateless, each call signed in with the staff account's user name
     * and password (HTTP Basic, through the same limited and audited sign-in as the pages); a
     * registrar, committee member or dean only. Anonymous calls get 401, other roles 403.
     */
    @Bean
    @Order(0)
    SecurityFilterChain admissionStaffApiSecurity(HttpSecurity http, StaffSignIn signIn) throws Exception {
        http.securityMatcher("/api/v1/admissions/applications", "/api/v1/admissions/applications/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationProvider(signIn.authenticationProvider())
                .httpBasic(basic -> basic.realmName("Passage admission desk"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAnyRole(StaffRole.REGISTRAR.name(), StaffRole.COMMITTEE_MEMBER.name(),
                                StaffRole.DEAN.name()));
        headers(http);
        return http.build();
    }

    /**
     * The officers' API under {@code /api/v1/directorate}: like the admission desk's staff API, each
     * call signed in with HTTP Basic through the staff sign-in; officers only (anonymous 401, other roles 403).
     * A system client's bearer token from {@code /oauth2/token} is accepted too ({@link OfficerBearerTokens}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain officerApiSecurity(HttpSecurity http, StaffSignIn signIn, OfficerBearerTokens bearer)
            throws Exception {
        http.securityMatcher("/api/v1/directorate", "/api/v1/directorate/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationProvider(signIn.authenticationProvider())
                .httpBasic(basic -> basic.realmName("Passage directorate"))
                // or a bearer token of a system client bound to an officer's account (scope directorate.cases)
                .oauth2ResourceServer(bearer::configure)
                // an anonymous call is still challenged for HTTP Basic, as before bearer tokens
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        basicChallenge("Passage directorate")))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(StaffRole.OFFICER.name()));
        headers(http);
        return http.build();
    }

    /**
     * The visa staff's API: the application centre's counter under {@code /api/v1/visa/centre} (VISA_CENTRE)
     * and the consulate's under {@code /api/v1/visa/consulate} (CONSULATE), each call signed in with HTTP
     * Basic through the staff sign-in, as the officers' API. Anonymous calls (an applicant's bearer token
     * too) get 401, other roles 403. The applicant's own files keep their bearer token under
     * {@code /api/v1/visa/files}.
     */
    @Bean
    @Order(0)
    SecurityFilterChain visaStaffApiSecurity(HttpSecurity http, StaffSignIn signIn) throws Exception {
        http.securityMatcher("/api/v1/visa/centre", "/api/v1/visa/centre/**", "/api/v1/visa/consulate",
                        "/api/v1/visa/consulate/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authenticationProvider(signIn.authenticationProvider())
                .httpBasic(basic -> basic.realmName("Passage visa staff"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/visa/centre", "/api/v1/visa/centre/**")
                                .hasRole(StaffRole.VISA_CENTRE.name())
                        .anyRequest().hasRole(StaffRole.CONSULATE.name()));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        headers(http);
        return http.build();
    }

    /**
     * Staff pages: any staff role (the admission desk's too) for {@code /staff/**}, OFFICER for {@code /staff/officer/**},
     * UNIVERSITY_OFFICE for {@code /staff/university/**}, ADMIN for {@code /admin/**}. Anonymous
     * callers are sent to the sign-in page; signed-in callers without the role (an applicant, an
     * officer on an admin page) get 403.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staffSecurity(HttpSecurity http, StaffSignIn signIn) throws Exception {
        http.securityMatcher("/staff", "/staff/**", "/admin", "/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(StaffSignIn.SIGN_IN_PAGE).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/staff/officer", "/staff/officer/**").hasRole(StaffRole.OFFICER.name())
                        .requestMatchers("/staff/admissions/quotas", "/staff/admissions/quotas/**").hasAnyRole(
                                StaffRole.REGISTRAR.name(), StaffRole.ADMIN.name())
                        .requestMatchers("/staff/admissions", "/staff/admissions/**").hasAnyRole(
                                StaffRole.REGISTRAR.name(), StaffRole.COMMITTEE_MEMBER.name(), StaffRole.DEAN.name())
                        .requestMatchers("/staff/university", "/staff/university/**")
                                .hasRole(StaffRole.UNIVERSITY_OFFICE.name())
                        .requestMatchers("/staff/visa/centre", "/staff/visa/centre/**")
                                .hasRole(StaffRole.VISA_CENTRE.name())
                        .requestMatchers("/staff/visa/consulate", "/staff/visa/consulate/**")
                                .hasRole(StaffRole.CONSULATE.name())
                        .anyRequest().hasAnyRole(java.util.Arrays.stream(StaffRole.values()).map(Enum::name)
                                .toArray(String[]::new)))
                .authenticationProvider(signIn.authenticationProvider())
                .formLogin(form -> form
                        .loginPage(StaffSignIn.SIGN_IN_PAGE)
                        .successHandler(signIn.successHandler())
                        .failureHandler(signIn.failureHandler()))
                .logout(logout -> logout
                        .logoutUrl(StaffSignIn.SIGN_OUT)
                        .addLogoutHandler(signIn.signOutAudit())
                        .logoutSuccessUrl(signIn.signedOutPage()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new SessionExpiredHandler()));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(APPLICANT_PAGES).hasRole("APPLICANT")
                .anyRequest().permitAll())
                // An applicant without a session signs in again with number, passport and a one-time code.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/residence/continue"))
                        .accessDeniedHandler(new SessionExpiredHandler()))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/residence/sign-out"))
                        .logoutSuccessUrl("/residence/apply"));
        headers(http);
        return http.build();
    }

    private static BasicAuthenticationEntryPoint basicChallenge(String realm) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName(realm);
        return challenge;
    }

    private static void headers(HttpSecurity http) throws Exception {
        // HSTS is Spring Security's default and is written only on secure (TLS) requests.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
