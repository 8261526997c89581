package cn.safetysupervision.contract.domain;

import java.math.BigDecimal;

/** One line of the itemised fee (明码标价), in yuan. */
public record FeeItem(String description, BigDecimal amount) {
}
