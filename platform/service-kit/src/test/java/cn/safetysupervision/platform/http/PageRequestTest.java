package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void extremesAreRefusedAndTheOffsetNeverOverflows() {
        assertEquals(new Page.Request(0, 20), Page.Request.of(null, null, 20, 100));
        assertEquals(Page.MAX_PAGE * 100, Page.Request.of(Page.MAX_PAGE, 100, 20, 100).offset());
        assertThrows(ProblemException.class, () -> Page.Request.of(Integer.MAX_VALUE, 20, 20, 100));
        assertThrows(ProblemException.class, () -> Page.Request.of(Page.MAX_PAGE + 1, 1, 20, 100));
        assertThrows(ProblemException.class, () -> Page.Request.of(-1, 20, 20, 100));
        assertThrows(ProblemException.class, () -> Page.Request.of(0, 0, 20, 100));
        assertThrows(ProblemException.class, () -> Page.Request.of(0, 101, 20, 100));
        assertThrows(ProblemException.class, () -> Page.Request.of(30_000, 100_000, 20, 100_000), "page * size overflows");
    }
}
