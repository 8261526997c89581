package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.Districts;
import cn.safetysupervision.disclosure.domain.PublicDirectory;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.regex.Pattern;

/** Bounds every public input: search text length and characters, page and size, filter values. */
@ApplicationScoped
public class PublicQueries {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "CANCELLED", "REVOKED");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern REPORT_NUMBER = Pattern.compile("[\\p{L}\\p{N}\\-_/()（）〔〕\\[\\]. ]{1,60}");

    private final DisclosureConfig config;

    PublicQueries(DisclosureConfig config) {
        this.config = config;
    }

    public String text(String q) {
        if (q == null) {
            return null;
        }
        String t = q.strip();
        if (t.length() > config.maxQueryLength()) {
            throw ProblemException.invalidField("q", "at most " + config.maxQueryLength() + " characters");
        }
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField("q", "control characters are not allowed");
        }
        return t.isEmpty() ? null : t;
    }

    public String district(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        if (!Districts.ALL.contains(district) && !Districts.UNKNOWN.equals(district)) {
            throw ProblemException.invalidField("district", "one of " + Districts.ALL);
        }
        return district;
    }

    public String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "one of " + STATUSES);
        }
        return status;
    }

    public int page(Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0 || p > PublicDirectory.COUNT_CAP) {
            throw ProblemException.invalidField("page", "between 0 and " + PublicDirectory.COUNT_CAP);
        }
        return p;
    }

    /** Sizes above the cap are served at the cap; the response says which size applied. */
    public int size(Integer size, int page) {
        int s = size == null ? 20 : size;
        if (s < 1) {
            throw ProblemException.invalidField("size", "at least 1");
        }
        s = Math.min(s, config.maxPageSize());
        if ((long) page * s >= PublicDirectory.COUNT_CAP) {
            throw ProblemException.invalidField("page", "page × size must stay below " + PublicDirectory.COUNT_CAP + "; narrow the search");
        }
        return s;
    }

    public String id(String id, String what) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            throw ProblemException.notFound(what, id);
        }
        return id.toLowerCase();
    }

    public String sha256(String hash) {
        if (hash == null || !SHA256.matcher(hash.strip()).matches()) {
            throw ProblemException.invalidField("sha256", "64 hexadecimal digits");
        }
        return hash.strip().toLowerCase();
    }

    public String reportNumber(String number) {
        if (number == null || !REPORT_NUMBER.matcher(number.strip()).matches()) {
            throw ProblemException.invalidField("number", "a report number of at most 60 characters");
        }
        return number.strip();
    }
}
