package cn.safetysupervision.events.contract;

import java.math.BigDecimal;

/**
 * One line of the itemised fee (明码标价).
 *
 * @param description what is charged for
 * @param amount      amount in yuan (CNY), two decimals
 */
public record FeeItemV1(
        String description,
        BigDecimal amount) {
}
