package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.NearDuplicates;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text similarity behind ART17-4, on Chinese text. */
class NearDuplicatesTest {

    private static final String A = "经现场检查，该企业储罐区防火堤存在裂缝，可燃气体检测报警装置未定期检定，部分作业人员未持证上岗。";

    @Test
    void shinglesAreCharactersWithoutPunctuationOrSpacing() {
        assertEquals(NearDuplicates.shingles("储罐 区，防火", 3), NearDuplicates.shingles("储罐区防火", 3));
        assertEquals(3, NearDuplicates.shingles("储罐区防火", 3).size());
    }

    @Test
    void aLightlyEditedCopyIsSimilarAndAnotherTextIsNot() {
        String copy = A.replace("储罐区", "罐区");
        String other = "本次检测对锅炉、压力容器及压力管道进行了全面检验，安全阀校验合格，压力表均在检定有效期内。";
        double similar = NearDuplicates.jaccard(NearDuplicates.shingles(A, 3), NearDuplicates.shingles(copy, 3));
        double different = NearDuplicates.jaccard(NearDuplicates.shingles(A, 3), NearDuplicates.shingles(other, 3));
        assertTrue(similar > 0.8, "similar " + similar);
        assertTrue(different < 0.1, "different " + different);
    }

    @Test
    void minHashEstimatesTheJaccardSimilarity() {
        String copy = A.replace("部分作业人员未持证上岗", "个别人员无证上岗");
        var a = NearDuplicates.shingles(A, 3);
        var b = NearDuplicates.shingles(copy, 3);
        double exact = NearDuplicates.jaccard(a, b);
        double estimate = NearDuplicates.estimate(NearDuplicates.signature(a), NearDuplicates.signature(b));
        assertTrue(Math.abs(exact - estimate) < 0.15, "exact " + exact + " estimate " + estimate);
        int[] signature = NearDuplicates.signature(a);
        assertEquals(1.0, NearDuplicates.estimate(signature, NearDuplicates.decode(NearDuplicates.encode(signature))));
    }
}
