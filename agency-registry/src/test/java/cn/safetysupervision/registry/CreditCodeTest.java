package cn.safetysupervision.registry;

import cn.safetysupervision.registry.domain.CreditCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "911100001000079554", "91371300MA3C8JYK29"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertTrue(CreditCode.isValid(code), code);
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, check character is wrong (GB 32100-2015)",
            "91350100M000100Y4, must be 18 characters",
            "91350100M000100Y433, must be 18 characters",
            "91350100m000100Y43, character 9 ('m') is not allowed",
            "91350100I000100Y43, character 9 ('I') is not allowed",
            "913501O0M000100Y43, character 7 ('O') is not allowed",
            "9135A100M000100Y4A, characters 3-8 must be the administrative division code (digits)"
    })
    void rejectsMalformedCodesSayingWhy(String code, String reason) {
        assertEquals(reason, CreditCode.problem(code).orElseThrow());
    }
}
