package org.passage.visa.file.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.visa.GermanVisaRequest;
import org.passage.visa.file.VisaFileStatus;

/**
 * One applicant's visa file. It guards its own transitions: each checks the status it starts from,
 * changes the state and names the status reached, which the caller appends to the timeline.
 */
final class VisaFile {

    /**
     * One checklist item of one person, with the citation that requires it; {@code mayBring} when the
     * rulebook lets the applicant bring it instead of uploading, {@code bring} when they chose to.
     */
    record Item(Person person, String code, boolean required, String citationSource, String citationSection,
            boolean mayBring, boolean bring) {
    }

    private final UUID id;
    private final String email;
    private final Locale language;
    private final GermanVisaRequest request;
    private final String rulebookVersion;
    private final Instant createdAt;
    private final List<Item> items;
    private VisaFileStatus status;
    private @Nullable String centre;
    private @Nullable LocalDate appointmentOn;
    private @Nullable LocalDate handedInOn;
    private @Nullable String refusalReason;
    private @Nullable FeePayment feePayment;
    private @Nullable IssuedVisa visa;
    private @Nullable String refusalGround;
    private @Nullable PassportReturn passportReturn;
    private @Nullable String trackingReference;
    private @Nullable LocalDate authorityConsultedOn;

    VisaFile(UUID id, String email, Locale language, GermanVisaRequest request, String rulebookVersion,
            Instant createdAt, List<Item> items, VisaFileStatus status, @Nullable String centre,
            @Nullable LocalDate appointmentOn, @Nullable LocalDate handedInOn, @Nullable String refusalReason,
            @Nullable FeePayment feePayment) {
        this.id = id;
        this.email = email;
        this.language = language;
        this.request = request;
        this.rulebookVersion = rulebookVersion;
        this.createdAt = createdAt;
        this.items = List.copyOf(items);
        this.status = status;
        this.centre = centre;
        this.appointmentOn = appointmentOn;
        this.handedInOn = handedInOn;
        this.refusalReason = refusalReason;
        this.feePayment = feePayment;
    }

    /** The decision and the passport's return as stored; a new file has neither. */
    VisaFile restore(@Nullable IssuedVisa visa, @Nullable String refusalGround, @Nullable PassportReturn passportReturn,
            @Nullable String trackingReference) {
        this.visa = visa;
        this.refusalGround = refusalGround;
        this.passportReturn = passportReturn;
        this.trackingReference = trackingReference;
        return this;
    }

    /** The day the consulate consulted the foreigners' authority, as stored; none before it did. */
    VisaFile restoreConsultation(@Nullable LocalDate consultedOn) {
        this.authorityConsultedOn = consultedOn;
        return this;
    }

    /** Books the appointment of a complete draft. */
    VisaFileStatus book(String centreCode, LocalDate day) {
        require(VisaFileStatus.DRAFT);
        centre = centreCode;
        appointmentOn = day;
        return status = VisaFileStatus.BOOKED;
    }

    /** Gives the appointment up; the file is a draft again. */
    VisaFileStatus cancelAppointment() {
        require(VisaFileStatus.BOOKED);
        centre = null;
        appointmentOn = null;
        return status = VisaFileStatus.DRAFT;
    }

    /** The centre's counter received the applicant and the file. */
    VisaFileStatus receive() {
        require(VisaFileStatus.BOOKED);
        return status = VisaFileStatus.RECEIVED;
    }

    /**
     * The counter found the originals incomplete: the file is refused with the items, the appointment
     * is used up (its place stays taken) and the file is a draft again, to book a later day.
     */
    VisaFileStatus refuseAtCounter() {
        if (status != VisaFileStatus.RECEIVED && status != VisaFileStatus.PASSPORT_TAKEN) {
            throw new VisaFileStateException(status);
        }
        centre = null;
        appointmentOn = null;
        return status = VisaFileStatus.DRAFT;
    }

    /**
     * The applicant did not come to the appointment: on or after its day only, the place stays taken
     * (it is used up, as a refusal at the counter uses it) and the file is a draft again, to book a
     * new day. The timeline records {@code NO_SHOW}; the file's own status is {@code DRAFT}.
     */
    VisaFileStatus noShow(LocalDate today) {
        require(VisaFileStatus.BOOKED);
        if (appointmentOn == null || today.isBefore(appointmentOn)) {
            throw new NoShowTooEarlyException();
        }
        centre = null;
        appointmentOn = null;
        status = VisaFileStatus.DRAFT;
        return VisaFileStatus.NO_SHOW;
    }

    VisaFileStatus takePassport() {
        require(VisaFileStatus.RECEIVED);
        return status = VisaFileStatus.PASSPORT_TAKEN;
    }

    /** The fee is paid, in cash or by card: the file is complete and goes to the consulate; the silence period counts from today. */
    VisaFileStatus payFee(LocalDate today, FeePayment how) {
        require(VisaFileStatus.PASSPORT_TAKEN);
        handedInOn = today;
        feePayment = how;
        return status = VisaFileStatus.FEE_PAID;
    }

    /** The consulate asks for further documents; what it asks for is the timeline's reason. */
    VisaFileStatus requestDocuments() {
        requireWithConsulate();
        return status = VisaFileStatus.DOCUMENTS_REQUESTED;
    }

    /** The applicant uploaded what was asked for: the file returns to the consulate's queue. */
    VisaFileStatus documentsSent() {
        require(VisaFileStatus.DOCUMENTS_REQUESTED);
        return status = VisaFileStatus.DOCUMENTS_SENT;
    }

    /**
     * The consulate consulted the foreigners' authority on {@code on}: the file waits out the silence
     * period in the consulate's queue, from which it can still be decided or documents asked for.
     */
    VisaFileStatus consultAuthority(LocalDate on) {
        if (status != VisaFileStatus.FEE_PAID && status != VisaFileStatus.DOCUMENTS_SENT) {
            throw new VisaFileStateException(status);
        }
        authorityConsultedOn = on;
        return status = VisaFileStatus.AUTHORITY_CONSULTED;
    }

    /** The consulate issues the visa it describes. */
    VisaFileStatus issue(IssuedVisa issued) {
        requireWithConsulate();
        visa = issued;
        return status = VisaFileStatus.ISSUED;
    }

    /** The consulate refuses on a ground of the rulebook, with the officer's explanation where given. */
    VisaFileStatus refuse(String ground, @Nullable String explanation) {
        requireWithConsulate();
        if (ground.isBlank()) {
            throw new IllegalArgumentException("a refusal names its ground");
        }
        refusalGround = ground;
        refusalReason = explanation == null || explanation.isBlank() ? null : explanation.strip();
        return status = VisaFileStatus.REFUSED;
    }

    /** The passport is back at the centre, waiting for the applicant to collect it. */
    VisaFileStatus readyForCollection() {
        requireDecided();
        passportReturn = PassportReturn.COLLECT;
        return status = VisaFileStatus.PASSPORT_READY;
    }

    /** The passport went to the applicant by courier, traceable by {@code tracking}. */
    VisaFileStatus sendByCourier(String tracking) {
        requireDecided();
        if (tracking.isBlank()) {
            throw new IllegalArgumentException("a courier parcel has its tracking reference");
        }
        passportReturn = PassportReturn.COURIER;
        trackingReference = tracking.strip();
        return status = VisaFileStatus.PASSPORT_SENT;
    }

    /** The applicant has the passport: collected at the counter or delivered by the courier. */
    VisaFileStatus returnPassport() {
        if (status == VisaFileStatus.ISSUED || status == VisaFileStatus.REFUSED) {
            passportReturn = PassportReturn.COLLECT;
        } else if (status != VisaFileStatus.PASSPORT_READY && status != VisaFileStatus.PASSPORT_SENT) {
            throw new VisaFileStateException(status);
        }
        return status = VisaFileStatus.PASSPORT_RETURNED;
    }

    private void requireDecided() {
        if (status != VisaFileStatus.ISSUED && status != VisaFileStatus.REFUSED) {
            throw new VisaFileStateException(status);
        }
    }

    private void requireWithConsulate() {
        if (!status.withConsulate()) {
            throw new VisaFileStateException(status);
        }
    }

    private void require(VisaFileStatus expected) {
        if (status != expected) {
            throw new VisaFileStateException(status);
        }
    }

    boolean ownedBy(String address) {
        return email.equalsIgnoreCase(address);
    }

    UUID id() {
        return id;
    }

    /** The number the applicant and the staff read: the first eight hex digits of the id. */
    String number() {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    String email() {
        return email;
    }

    Locale language() {
        return language;
    }

    GermanVisaRequest request() {
        return request;
    }

    String category() {
        return request.category();
    }

    String rulebookVersion() {
        return rulebookVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Item> items() {
        return items;
    }

    VisaFileStatus status() {
        return status;
    }

    @Nullable String centre() {
        return centre;
    }

    @Nullable LocalDate appointmentOn() {
        return appointmentOn;
    }

    @Nullable LocalDate handedInOn() {
        return handedInOn;
    }

    @Nullable String refusalReason() {
        return refusalReason;
    }

    /** The visa issued; none before, or when refused. */
    @Nullable IssuedVisa visa() {
        return visa;
    }

    /** The rulebook's code of the ground the visa was refused on. */
    @Nullable String refusalGround() {
        return refusalGround;
    }

    @Nullable PassportReturn passportReturn() {
        return passportReturn;
    }

    @Nullable String trackingReference() {
        return trackingReference;
    }

    /** The day the foreigners' authority was consulted; none while it was not. */
    @Nullable LocalDate authorityConsultedOn() {
        return authorityConsultedOn;
    }

    /** How the fee was paid; none before it is. */
    @Nullable FeePayment feePayment() {
        return feePayment;
    }
}
