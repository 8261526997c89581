package cn.safetysupervision.compliance.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Near-duplicate text for Art. 17.4 (plagiarism): Chinese has no spaces between words, so texts are cut into
 * overlapping character shingles (k characters, whitespace and punctuation removed). A MinHash signature
 * estimates the Jaccard similarity of two shingle sets cheaply; candidates are then confirmed exactly.
 */
public final class NearDuplicates {

    public static final int SIGNATURE_SIZE = 128;
    private static final long PRIME = 2_147_483_647L; // 2^31 - 1
    private static final long[] A = new long[SIGNATURE_SIZE];
    private static final long[] B = new long[SIGNATURE_SIZE];

    static {
        // Fixed seed: signatures must be the same across restarts and replicas.
        java.util.Random random = new java.util.Random(20231117L);
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            A[i] = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            B[i] = random.nextInt(Integer.MAX_VALUE);
        }
    }

    private NearDuplicates() {
    }

    /** Letters and digits only: layout, spacing and punctuation do not make a text original. */
    public static String normalise(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    public static Set<String> shingles(String text, int k) {
        String normalised = normalise(text);
        int[] points = normalised.codePoints().toArray();
        Set<String> shingles = new HashSet<>();
        if (points.length < k) {
            if (points.length > 0) {
                shingles.add(normalised);
            }
            return shingles;
        }
        for (int i = 0; i + k <= points.length; i++) {
            shingles.add(new String(points, i, k));
        }
        return shingles;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> intersection = new HashSet<>(a);
        intersection.retainAll(b);
        return (double) intersection.size() / (a.size() + b.size() - intersection.size());
    }

    public static int[] signature(Set<String> shingles) {
        int[] signature = new int[SIGNATURE_SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long h = shingle.hashCode() & 0xffffffffL;
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int value = (int) ((A[i] * h + B[i]) % PRIME);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /** Share of equal positions: an unbiased estimate of the Jaccard similarity. */
    public static double estimate(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / SIGNATURE_SIZE;
    }

    public static String encode(int[] signature) {
        return Arrays.stream(signature).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public static int[] decode(String text) {
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
