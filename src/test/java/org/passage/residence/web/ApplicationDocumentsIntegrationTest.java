package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.documents.TestFiles;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.UploadQuota;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class ApplicationDocumentsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    org.passage.residence.ResidenceApplications applications;
    @Autowired
    org.passage.residence.ApplicationReviews reviews;
    @Autowired
    UploadQuota quota;

    @Test
    void aPdfIsStoredForAChecklistItemWithItsHash() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf())
                .andExpect(status().is3xxRedirection());
        assertThat(journey.attachments(number)).singleElement().satisfies(a -> {
            assertThat(a.itemCode()).isEqualTo("PASSPORT_COPY");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(a.sha256()).hasSize(64);
        });
    }

    @Test
    void aPdfDisguisedAsAPhotoIsRefusedAndNothingIsLinked() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "BIOMETRIC_PHOTOS", "photo.png", TestFiles.pdf())
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("A photo must be a JPEG or PNG image")));
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void aProgramIsRefusedWhateverItsName() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.exe())
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Only PDF, JPEG and PNG")));
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "big.pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 1))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 413));
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void anItemNotOnTheChecklistTakesNoUpload() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "MARRIAGE_CERTIFICATE", "x.pdf", TestFiles.pdf()).andExpect(status().is3xxRedirection());
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void anotherApplicantCannotOpenOrRemoveMyFile() throws Exception {
        ApplicationNumber mine = readyDraft();
        ApplicationNumber theirs = readyDraft();
        upload(mine, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf());
        Attachment file = journey.attachments(mine).getFirst();
        mvc.perform(get("/residence/application/documents/file/" + file.documentId())
                        .with(TestApplications.signedIn(theirs)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/residence/application/documents/PASSPORT_COPY/" + file.documentId() + "/delete")
                        .with(TestApplications.signedIn(theirs)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(journey.attachments(mine)).hasSize(1);
        mvc.perform(get("/residence/application/documents/file/" + file.documentId())
                        .with(TestApplications.signedIn(mine)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void aSubmittedApplicationTakesNoMoreUploads() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(new ProvinceCode("06"));
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf()).andExpect(status().is3xxRedirection());
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void removingAFileAsksFirstAndIsRecordedInTheHistory() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf());
        Attachment file = journey.attachments(number).getFirst();
        String remove = "/residence/application/documents/PASSPORT_COPY/" + file.documentId() + "/delete";

        mvc.perform(get(remove).with(TestApplications.signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Remove this file?"),
                        Matchers.containsString("passport.pdf"))));
        assertThat(journey.attachments(number)).hasSize(1);
        mvc.perform(post(remove).with(TestApplications.signedIn(number)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(journey.attachments(number)).isEmpty();
        assertThat(journey.history(number)).filteredOn(t -> t.action().equals("DOCUMENT_REMOVED")).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("PASSPORT_COPY", "passport.pdf"));
    }

    @Test
    void removingAFileAfterSubmissionIsRefusedWithAMessageAndKeepsIt() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf());
        journey.submit(number, testApplications.studentRequest(), org.passage.residence.Actor.applicant(number));
        Attachment file = journey.attachments(number).getFirst();

        mvc.perform(post("/residence/application/documents/PASSPORT_COPY/" + file.documentId() + "/delete")
                        .with(TestApplications.signedIn(number)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This file can no longer be removed")));

        assertThat(journey.attachments(number)).hasSize(1);
    }

    @Test
    void whileDocumentsAreMissingOnlyFilesUploadedSinceTheRequestCanBeRemoved() throws Exception {
        ApplicationNumber number = readyDraft();
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf());
        journey.submit(number, testApplications.studentRequest(), org.passage.residence.Actor.applicant(number));
        applications.appointmentBooked(number, java.time.LocalDate.now().plusDays(3), new ProvinceCode("06"),
                org.passage.residence.Actor.applicant(number));
        org.passage.residence.Actor officer = org.passage.residence.Actor.staff("officer-documents");
        reviews.attended(number, officer);
        reviews.requestMissingDocuments(number, java.util.List.of("STUDENT_CERTIFICATE"), 5, "Stamped", officer);
        Attachment reviewed = journey.attachments(number).getFirst();
        upload(number, "STUDENT_CERTIFICATE", "certificate.pdf", TestFiles.pdf());
        Attachment fresh = journey.attachments(number).getLast();

        mvc.perform(get("/residence/application/documents").with(TestApplications.signedIn(number))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Seen by the directorate"),
                        Matchers.not(Matchers.containsString(reviewed.documentId() + "/delete")),
                        Matchers.containsString(fresh.documentId() + "/delete"))));
        mvc.perform(post("/residence/application/documents/PASSPORT_COPY/" + reviewed.documentId() + "/delete")
                        .with(TestApplications.signedIn(number)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This file can no longer be removed")));
        mvc.perform(post("/residence/application/documents/STUDENT_CERTIFICATE/" + fresh.documentId() + "/delete")
                        .with(TestApplications.signedIn(number)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(journey.attachments(number)).extracting(Attachment::documentId)
                .containsExactly(reviewed.documentId());
    }

    @Test
    void anUploadOverTheRequestLimitShowsTheSameMessageOnTheDocumentsPageAsAFileJustOverTheFileLimit()
            throws Exception {
        ApplicationNumber number = readyDraft();
        String justOver = upload(number, "PASSPORT_COPY", "big.pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 512 * 1024))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(justOver).contains("The file is too large: it may be at most 10 MB.");

        mvc.perform(post("/residence/application/documents/PASSPORT_COPY")
                        .contentType("multipart/form-data; boundary=x").content(new byte[11 * 1024 * 1024])
                        .with(TestApplications.signedIn(number)).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/residence/application/documents/PASSPORT_COPY?too-large"));
        mvc.perform(get("/residence/application/documents/PASSPORT_COPY?too-large")
                        .with(TestApplications.signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("The file is too large: it may be at most 10 MB."),
                        Matchers.containsString("href=\"#file-PASSPORT_COPY\""))));
        assertThat(journey.attachments(number)).isEmpty();
    }

    @Test
    void theSameFileSentTwiceForAnItemIsKeptOnce() throws Exception {
        ApplicationNumber number = readyDraft();
        for (int click = 0; click < 2; click++) {
            upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf()).andExpect(status().is3xxRedirection());
        }

        assertThat(journey.attachments(number)).singleElement()
                .satisfies(a -> assertThat(a.itemCode()).isEqualTo("PASSPORT_COPY"));
    }

    /** A draft whose answers are complete, so that it has a checklist. */
    private ApplicationNumber readyDraft() throws Exception {
        ApplicationNumber number = testApplications.draftStudent(new ProvinceCode("06"));
        testApplications.completeStudentAnswers(number);
        return number;
    }

    private org.springframework.test.web.servlet.ResultActions upload(ApplicationNumber number, String code,
            String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/residence/application/documents/" + code)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(TestApplications.signedIn(number)).with(csrf()));
    }

    @Test
    void anItemTakesAtMostTheConfiguredNumberOfFiles() throws Exception {
        ApplicationNumber number = readyDraft();
        for (int i = 0; i < quota.filesPerItem(); i++) {
            // Files of different content: the same file sent twice for an item is kept once.
            upload(number, "PASSPORT_COPY", "passport-" + i + ".pdf", TestFiles.pdfOfSize(2000 + i))
                    .andExpect(status().is3xxRedirection());
        }
        upload(number, "PASSPORT_COPY", "one-more.pdf", TestFiles.pdfOfSize(3000))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "This document already has " + quota.filesPerItem() + " files, the most allowed")));
        assertThat(journey.attachments(number)).hasSize(quota.filesPerItem());
    }

    @Test
    void anApplicationTakesAtMostTheConfiguredBytesInAll() throws Exception {
        ApplicationNumber number = readyDraft();
        Set<String> checklist = Set.of("PASSPORT_COPY", "PHOTO");
        // A file as large as the whole quota is already there (only its recorded size counts).
        journey.attach(number, new Attachment("PHOTO", UUID.randomUUID(), "large.pdf", "application/pdf",
                quota.bytesPerApplication().toBytes() - 10, "0".repeat(64), Instant.now()), checklist);
        upload(number, "PASSPORT_COPY", "passport.pdf", TestFiles.pdf())
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("All your files together may be at most "
                        + quota.bytesPerApplication().toMegabytes() + " MB")));
        assertThat(journey.attachments(number)).hasSize(1);
    }

}
