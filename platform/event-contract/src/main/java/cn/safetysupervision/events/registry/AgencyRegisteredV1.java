package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency (安全生产技术服务机构) entered the registry.
 *
 * @param agencyId           the registry's id of the agency; also the event subject and record key
 * @param creditCode         统一社会信用代码 (18 characters, GB 32100-2015 check digit verified)
 * @param name               registered name
 * @param legalRepresentative 法定代表人
 * @param registeredAddress  注册地址
 * @param status             registry status at registration (normally {@code ACTIVE})
 * @param registeredAt       when the registry recorded it
 */
public record AgencyRegisteredV1(
        UUID agencyId,
        String creditCode,
        String name,
        String legalRepresentative,
        String registeredAddress,
        String status,
        Instant registeredAt) {
}
