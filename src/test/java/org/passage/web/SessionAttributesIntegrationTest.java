package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session at once: each loads the session, adds the same new attribute (a
 * flash message on a double click) and saves. Both saves must succeed, and the last value stays.
 */
@PassageIntegrationTest
class SessionAttributesIntegrationTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsAddingTheSameNewAttributeToOneSessionBothSave() {
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) this.sessions;
        Session session = sessions.createSession();
        sessions.save(session);
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());

        first.setAttribute("flash", "first");
        second.setAttribute("flash", "second");
        sessions.save(first);
        sessions.save(second);

        assertThat(sessions.findById(session.getId()).<String>getAttribute("flash")).isEqualTo("second");
        sessions.deleteById(session.getId());
    }
}
