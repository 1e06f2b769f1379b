package org.passage.residence.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.representatives.MandateScope;
import org.passage.residence.representatives.Mandates;
import org.passage.residence.representatives.OnBehalfOf;
import org.passage.residence.representatives.RepresentativePrincipal;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one check of who reaches an application under {@code /api/v1/residence/applications/{number}}:
 * an applicant's token opens its own application (the controllers' {@link ApiApplicants#own}); a
 * representative's token opens an application only when a live mandate covers it and the scope the
 * call needs ({@link #scopes}), read from PostgreSQL on every call. Then the call runs as that
 * application's {@link ApplicantPrincipal}, with {@link OnBehalfOf} as the authentication's details,
 * so that every controller of every module applies its one rule unchanged; a change is recorded
 * "on behalf of" in its own transaction by {@link OnBehalfTransactionFilter}.
 *
 * <p>A representative without a live mandate gets 404 like an unknown number; with a mandate that
 * does not cover the call, 403. Reading the decision letter needs {@link MandateScope#RECEIVE_DECISIONS};
 * every read of a representative is audited as a view of personal data.
 */
class MandateAccessInterceptor implements HandlerInterceptor {

    private static final String PREFIX = "/api/v1/residence/applications/";
    /** The request attribute holding the {@link OnBehalfOf} of a representative's call. */
    static final String ACTING = MandateAccessInterceptor.class.getName() + ".acting";

    /** The payment receipt, which a representative reads only under a mandate to pay. */
    private static final String RECEIPT = "/receipt";

    /** The view recorded in the audit trail when a representative reads an application. */
    static final String READ_VIEW = "representative-api";

    private final Mandates mandates;
    private final AuditTrail audit;

    MandateAccessInterceptor(Mandates mandates, AuditTrail audit) {
        this.mandates = mandates;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RepresentativePrincipal representative)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            throw ApiApplicants.notFound();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        ApplicationNumber number = ApplicationNumber.parseOrNull(slash < 0 ? rest : rest.substring(0, slash));
        if (number == null) {
            throw ApiApplicants.notFound();
        }
        String operation = slash < 0 ? "" : rest.substring(slash);
        boolean get = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        Set<MandateScope> scopes = scopes(request.getMethod(), operation);
        // The decision is read only under a mandate to receive it; anything else any live mandate may read.
        // The receipt, too, is read only under a mandate to pay.
        boolean reading = get && !scopes.contains(MandateScope.RECEIVE_DECISIONS) && !operation.equals(RECEIPT);
        if (operation.startsWith("/mandates")) {
            // The mandates are the applicant's own business, never the representative's.
            throw forbidden();
        }
        switch (mandates.access(representative.id(), number, scopes, reading)) {
            case Mandates.NoMandate none -> throw ApiApplicants.notFound();
            case Mandates.OutOfScope out -> throw forbidden();
            case Mandates.Granted granted -> {
                OnBehalfOf acting = new OnBehalfOf(representative.id(), granted.mandate(), number, granted.scope());
                UsernamePasswordAuthenticationToken applicant = new UsernamePasswordAuthenticationToken(
                        new ApplicantPrincipal(number), null,
                        List.of(new SimpleGrantedAuthority(ApplicantPrincipal.ROLE),
                                new SimpleGrantedAuthority(RepresentativePrincipal.ROLE)));
                applicant.setDetails(acting);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(applicant);
                SecurityContextHolder.setContext(context);
                request.setAttribute(ACTING, acting);
                if (get) {
                    audit.record(AuditEvent.of(AuditActor.representative(representative.id().toString()),
                                    AuditTrail.PERSONAL_DATA_VIEWED, number.value())
                            .with("view", READ_VIEW).with("operation", request.getMethod() + " " + path)
                            .with("mandate", granted.mandate().toString()));
                }
            }
        }
        return true;
    }

    /**
     * The scopes of which a representative's mandate must hold one for a change (a method and the
     * path after the application number); empty for what no mandate allows. Reading needs only a
     * live mandate.
     */
    static Set<MandateScope> scopes(String method, String operation) {
        if (operation.startsWith("/mandates")) {
            return Set.of();
        }
        if (operation.equals("/decision-letter")) {
            return EnumSet.of(MandateScope.RECEIVE_DECISIONS);
        }
        if (operation.startsWith("/form/") || operation.equals("/submission") || operation.equals("/withdrawal")) {
            return EnumSet.of(MandateScope.APPLY);
        }
        if (operation.equals("/documents") || operation.startsWith("/documents/")) {
            return EnumSet.of(MandateScope.UPLOAD);
        }
        if (operation.equals("/appointment") || operation.startsWith("/appointment/")) {
            return EnumSet.of(MandateScope.BOOK);
        }
        if (operation.equals("/payment") || operation.startsWith("/payment/") || operation.equals(RECEIPT)) {
            return EnumSet.of(MandateScope.PAY);
        }
        return Set.of();
    }

    private static ErrorResponseException forbidden() {
        return new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatus(HttpStatus.FORBIDDEN), null,
                "representatives.problem.out-of-scope", null) {
            @Override
            public String getTitleMessageCode() {
                return "error.403.title";
            }
        };
    }
}
