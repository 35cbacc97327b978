package io.quire.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.Tag;

/** A user journey in a real headless Chromium against the running application. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@Tag("browser")
public @interface BrowserTest {
}
