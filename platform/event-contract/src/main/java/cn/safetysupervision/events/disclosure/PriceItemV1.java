package cn.safetysupervision.events.disclosure;

import java.math.BigDecimal;

/**
 * One item of an agency's public price list (Art. 16 明码标价).
 *
 * @param item          what is priced, e.g. 安全现状评价
 * @param content       what the item includes
 * @param price         price in yuan, when it is a fixed price
 * @param pricingMethod how the price is computed, when it is not fixed (e.g. 按建设项目投资额分档计费)
 */
public record PriceItemV1(String item, String content, BigDecimal price, String pricingMethod) {
}
