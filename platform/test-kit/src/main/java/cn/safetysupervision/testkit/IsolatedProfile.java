package cn.safetysupervision.testkit;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile of its own, so that a test class gets its own application start and fresh test resources (a new
 * database): for the generated checks ({@link ApiAccessCheck}, {@link BadInputCheck}), whose calls with a
 * supervisor's token may change data that other test classes rely on (a calendar year, a reference price).
 */
public class IsolatedProfile implements QuarkusTestProfile {
}
