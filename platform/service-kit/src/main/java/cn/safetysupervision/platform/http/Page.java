package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;

import java.util.List;

/** One page of a list, the same shape in every service: the items, which page, its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The highest page index a list accepts: deeper pages cost a scan of everything before them. */
    public static final int MAX_PAGE = 100_000;

    /**
     * Which page a request asks for, checked once for every list: {@code page} 0 to {@link #MAX_PAGE} and never so
     * deep that {@code page * size} overflows; {@code size} 1 to the service's maximum. Anything else is a 400
     * problem naming the parameter (a {@code page=2147483647} once became a negative offset).
     */
    public record Request(int page, int size) {

        public static Request of(Integer page, Integer size, int defaultSize, int maxSize) {
            int p = page == null ? 0 : page;
            int s = size == null ? defaultSize : size;
            if (s < 1 || s > maxSize) {
                throw ProblemException.invalidField("size", "must be between 1 and " + maxSize);
            }
            if (p < 0 || p > MAX_PAGE || (long) p * s > Integer.MAX_VALUE) {
                throw ProblemException.invalidField("page", "must be between 0 and " + Math.min(MAX_PAGE, Integer.MAX_VALUE / s));
            }
            return new Request(p, s);
        }

        /** Rows to skip. */
        public int offset() {
            return page * size;
        }

        /** The same page for a Panache query. */
        public io.quarkus.panache.common.Page panache() {
            return io.quarkus.panache.common.Page.of(page, size);
        }
    }
}
