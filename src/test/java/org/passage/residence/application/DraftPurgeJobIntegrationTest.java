package org.passage.residence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.documents.DocumentKind;
import org.passage.documents.Documents;
import org.passage.documents.TestFiles;
import org.passage.documents.Upload;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@PassageIntegrationTest
class DraftPurgeJobIntegrationTest {

    @Autowired
    DraftPurgeJob job;
    @Autowired
    TestApplications testApplications;
    @Autowired
    ResidenceApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    Documents documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftUntouchedForNinetyDaysIsDeletedWithItsFilesWhileNewerDraftsAndSubmittedOnesStay() {
        ApplicationNumber old = testApplications.draftStudent(new ProvinceCode("06"));
        byte[] pdf = TestFiles.pdf();
        var stored = documents.store(new Upload("p.pdf", pdf.length, new ByteArrayResource(pdf)), DocumentKind.ANY);
        journey.attach(old, new Attachment("PASSPORT_COPY", stored.id().value(), "p.pdf", stored.mediaType(),
                stored.size(), stored.sha256(), stored.storedAt()), java.util.Set.of("PASSPORT_COPY"));
        age(old, Duration.ofDays(91));
        ApplicationNumber recent = testApplications.draftStudent(new ProvinceCode("06"));
        age(recent, Duration.ofDays(89));
        ApplicationNumber submitted = testApplications.submitStudent(new ProvinceCode("06"));
        age(submitted, Duration.ofDays(200));

        job.purge(Instant.now());

        assertThat(applications.find(old)).isEmpty();
        assertThat(documents.find(stored.id())).isEmpty();
        assertThat(applications.find(recent)).isPresent();
        assertThat(applications.find(submitted)).isPresent();
    }

    private void age(ApplicationNumber number, Duration age) {
        jdbc.sql("UPDATE residence_application SET updated_at = now() - make_interval(days => ?) WHERE number = ?")
                .params((int) age.toDays(), number.value()).update();
    }
}
