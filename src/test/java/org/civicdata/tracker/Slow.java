package org.civicdata.tracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class of the second, slow stage: Chromium, the app or a MariaDB as a process of its own, or
 * 10,000 generated inputs. {@code mvn verify} runs every other test first (surefire, which leaves out
 * the tag {@value #TAG}), then builds the jar, then these (failsafe, which runs only this tag).
 * TestStagesTest checks that the tests which need it carry it. The tag is stated for both engines:
 * JUnit Jupiter and jqwik (the property tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@org.junit.jupiter.api.Tag(Slow.TAG)
@net.jqwik.api.Tag(Slow.TAG)
public @interface Slow {
    /** The tag in the pom (surefire's excludedGroups, failsafe's groups). */
    String TAG = "slow";
}
