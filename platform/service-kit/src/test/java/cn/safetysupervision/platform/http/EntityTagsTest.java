package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityTagsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"7\"", EntityTags.of(7));
        assertEquals("7", EntityTags.tag(7).getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "*", "\"3\", \"7\"", "W/\"3\", \"7\""})
    void aMatchingIfMatchPasses(String ifMatch) {
        assertDoesNotThrow(() -> EntityTags.requireMatch(ifMatch, 7));
    }

    @Test
    void aMissingIfMatchIs428() {
        ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.requireMatch(null, 7));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, e.type());
        assertEquals(428, e.type().status());
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class,
                () -> EntityTags.requireMatch("  ", 7)).type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "6", "\"7 \"", "W/\"8\"", "W/\"7\""})
    void aStaleOrMalformedIfMatchIs412(String ifMatch) {
        ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.requireMatch(ifMatch, 7));
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertEquals(412, e.type().status());
    }
}
