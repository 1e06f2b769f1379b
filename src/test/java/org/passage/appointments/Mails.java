package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.passage.notifications.TestMailbox;

/** Waits for a particular e-mail of the test mail server (an applicant gets several: code, receipt, appointment). */
final class Mails {

    private Mails() {
    }

    /** The newest e-mail to {@code address} whose subject matches, waiting for it as long as TestMailbox does. */
    static TestMailbox.Mail await(String address, Predicate<String> subject) {
        Instant deadline = Instant.now().plus(TestMailbox.TIMEOUT);
        while (true) {
            List<TestMailbox.Mail> mails = TestMailbox.messagesTo(address).stream()
                    .filter(mail -> subject.test(mail.subject())).toList();
            if (!mails.isEmpty()) {
                return mails.getLast();
            }
            assertThat(Instant.now()).as("an e-mail to " + address + " with the expected subject").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
