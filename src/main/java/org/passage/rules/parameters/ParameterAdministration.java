package org.passage.rules.parameters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.rules.FactType;
import org.passage.rules.Parameter;
import org.passage.rules.ParameterStatus;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on every value: an administrator proposes a value for a period with its public source,
 * and a different administrator approves or rejects it. Nobody decides on their own proposal; no
 * two approved periods of a parameter overlap; a period the rulebook holds as OFFICIAL is not
 * replaced here (a correction of an official figure comes with a release). Every step is audited.
 */
@Service
class ParameterAdministration {

    /** A proposal or decision that cannot be taken; {@code messageKey} says why in the reader's language. */
    static class RefusedException extends RuntimeException {

        private final String messageKey;

        RefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** What the administrator typed. */
    record Proposal(String rulebook, String parameter, String from, String to, String value, String publisher,
            String title, String section, String url, String publishedOn) {
    }

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}([.,][0-9]{1,6})?");

    private final Rulebooks rulebooks;
    private final ProposedValues values;
    private final AuditTrail audit;
    private final Clock clock;

    ParameterAdministration(Rulebooks rulebooks, ProposedValues values, AuditTrail audit, Clock clock) {
        this.rulebooks = rulebooks;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a proposal by {@code administrator}; it applies only once another administrator approves it. */
    @Transactional
    long propose(Proposal p, String administrator) {
        Rulebook rulebook = rulebooks.find(blankToEmpty(p.rulebook()))
                .orElseThrow(() -> new RefusedException("parameters.admin.error.parameter"));
        Parameter parameter = rulebook.parameters().get(blankToEmpty(p.parameter()));
        if (parameter == null) {
            throw new RefusedException("parameters.admin.error.parameter");
        }
        LocalDate from = date(p.from(), true, "parameters.admin.error.period");
        LocalDate to = date(p.to(), false, "parameters.admin.error.period");
        if (to != null && to.isBefore(from)) {
            throw new RefusedException("parameters.admin.error.period");
        }
        String value = value(p.value(), parameter.type());
        if ("TRY".equals(parameter.unit()) && new java.math.BigDecimal(value).stripTrailingZeros().scale() > 2) {
            throw new RefusedException("parameters.admin.error.kurus");
        }
        String publisher = text(p.publisher(), 300, "parameters.admin.error.source");
        String title = text(p.title(), 500, "parameters.admin.error.source");
        String section = text(p.section(), 300, "parameters.admin.error.source");
        String url = p.url() == null || p.url().isBlank() ? null : p.url().strip();
        if (url != null && (url.length() > 500 || !(url.startsWith("https://") || url.startsWith("http://"))
                || url.chars().anyMatch(Character::isWhitespace))) {
            throw new RefusedException("parameters.admin.error.url");
        }
        LocalDate publishedOn = date(p.publishedOn(), true, "parameters.admin.error.published");
        ProposedValue proposed = new ProposedValue(0, rulebook.id(), parameter.name(), from, to, value, publisher,
                title, section, url, publishedOn, ProposedValue.State.PROPOSED, administrator, clock.instant(), null,
                null);
        ParameterValue asValue = ApprovedValues.asParameterValue(proposed, parameter.type());
        refuseOverlaps(rulebook, parameter, asValue, -1);
        long id = values.add(proposed);
        audit.record(AuditEvent.of(AuditActor.staff(administrator), "PARAMETER_VALUE_PROPOSED", subject(proposed))
                .withRulebookVersion(rulebook.version()).with("id", id).with("from", from.toString())
                .with("to", to == null ? null : to.toString()).with("value", value).with("publisher", publisher)
                .with("title", title).with("section", section).with("url", url)
                .with("publishedOn", publishedOn.toString()));
        return id;
    }

    /** Approves a proposal of another administrator: it applies to assessments dated in its period from now on. */
    @Transactional
    void approve(long id, String administrator) {
        decide(id, administrator, ProposedValue.State.APPROVED);
    }

    /** Rejects a proposal of another administrator. */
    @Transactional
    void reject(long id, String administrator) {
        decide(id, administrator, ProposedValue.State.REJECTED);
    }

    private void decide(long id, String administrator, ProposedValue.State decision) {
        ProposedValue proposal = values.find(id).orElseThrow(() -> new RefusedException("parameters.admin.error.decided"));
        if (proposal.state() != ProposedValue.State.PROPOSED) {
            throw new RefusedException("parameters.admin.error.decided");
        }
        if (proposal.proposedBy().equals(administrator)) {
            throw new RefusedException("parameters.admin.error.own");
        }
        Rulebook rulebook = rulebooks.get(proposal.rulebook());
        Parameter parameter = rulebook.parameter(proposal.parameter());
        if (decision == ProposedValue.State.APPROVED) {
            values.lockParameter(rulebook.id(), parameter.name());
            refuseOverlaps(rulebook, parameter, ApprovedValues.asParameterValue(proposal, parameter.type()), id);
        }
        Instant now = clock.instant();
        if (!values.decide(id, decision, administrator, now)) {
            throw new RefusedException("parameters.admin.error.decided");
        }
        audit.record(AuditEvent.of(AuditActor.staff(administrator),
                decision == ProposedValue.State.APPROVED ? "PARAMETER_VALUE_APPROVED" : "PARAMETER_VALUE_REJECTED",
                subject(proposal)).withRulebookVersion(rulebook.version()).with("id", id)
                .with("proposedBy", proposal.proposedBy()).with("from", proposal.from().toString())
                .with("value", proposal.value()));
    }

    private void refuseOverlaps(Rulebook rulebook, Parameter parameter, ParameterValue candidate, long self) {
        boolean official = parameter.values().stream().anyMatch(v -> v.status() == ParameterStatus.OFFICIAL
                && Parameter.overlap(v, candidate));
        if (official) {
            throw new RefusedException("parameters.admin.error.official");
        }
        List<ProposedValue> approved = values.approved(rulebook.id(), parameter.name());
        boolean overlaps = approved.stream().filter(a -> a.id() != self)
                .map(a -> ApprovedValues.asParameterValue(a, parameter.type()))
                .anyMatch(a -> Parameter.overlap(a, candidate));
        if (overlaps) {
            throw new RefusedException("parameters.admin.error.overlap");
        }
    }

    private static String subject(ProposedValue v) {
        return "parameter:" + v.rulebook() + "/" + v.parameter();
    }

    private static String value(String text, FactType type) {
        String v = text == null ? "" : text.strip();
        try {
            return switch (type) {
                case INT -> {
                    if (!WHOLE.matcher(v).matches()) {
                        throw new RefusedException("parameters.admin.error.value");
                    }
                    yield Long.toString(Long.parseLong(v));
                }
                case DOUBLE -> {
                    if (!DECIMAL.matcher(v).matches()) {
                        throw new RefusedException("parameters.admin.error.value");
                    }
                    yield new java.math.BigDecimal(v.replace(',', '.')).toPlainString();
                }
                case DATE -> LocalDate.parse(v).toString();
                default -> throw new RefusedException("parameters.admin.error.value");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new RefusedException("parameters.admin.error.value");
        }
    }

    private static LocalDate date(String text, boolean required, String error) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new RefusedException(error);
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException(error);
        }
    }

    private static String text(String text, int max, String error) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new RefusedException(error);
        }
        return text.strip();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
