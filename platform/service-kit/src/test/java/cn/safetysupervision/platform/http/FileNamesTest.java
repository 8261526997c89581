package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileNamesTest {

    @Test
    void pathSegmentsAndControlCharactersAreRemoved() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd", "fileName"));
        assertEquals("现场照片.jpg", FileNames.sanitise("C:\\Users\\a\\现场照片.jpg", "fileName"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\u202e.pdf", "fileName"));
        assertEquals("report.pdf", FileNames.sanitise(" report.pdf. ", "fileName"));
        assertThrows(ProblemException.class, () -> FileNames.sanitise("..", "fileName"));
        assertThrows(ProblemException.class, () -> FileNames.sanitise("dir/", "fileName"));
        assertThrows(ProblemException.class, () -> FileNames.sanitise("x".repeat(256), "fileName"));
    }
}
