package org.passage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.passage.notifications.TestMailbox;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one full-application test configuration: the whole app on a random port, on the embedded
 * PostgreSQL of the test JVM (or on SPRING_DATASOURCE_URL). Use it on every full integration test
 * so that all of them share one cached Spring context. Its mail goes to the test JVM's SMTP server,
 * {@link TestMailbox}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PassageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMailbox.class)
public @interface PassageIntegrationTest {
}
