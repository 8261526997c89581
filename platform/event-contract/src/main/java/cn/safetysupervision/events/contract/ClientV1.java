package cn.safetysupervision.events.contract;

/**
 * The client (委托单位) of a contract, as the contract records it.
 *
 * @param name       委托单位名称
 * @param creditCode 统一社会信用代码 (GB 32100-2015 check digit verified)
 * @param industry   the client's industry (行业), e.g. 危险化学品, 非煤矿山 — compared with the agency's business scope
 * @param address    the client's address
 */
public record ClientV1(
        String name,
        String creditCode,
        String industry,
        String address) {
}
