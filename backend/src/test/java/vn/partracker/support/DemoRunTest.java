package vn.partracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The zero-setup run as a user starts it (H2, demo data, embedded mail catcher) on a random port;
 * every test with this annotation shares one application context, in a JVM of its own (the
 * {@code demo-run} failsafe execution), so that Cockpit finds this context's engine.
 */
@Tag("demo-run")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-run;DB_CLOSE_DELAY=-1",
      "spring.mail.port=${test.mail.port:39251}"
    })
public @interface DemoRunTest {}
