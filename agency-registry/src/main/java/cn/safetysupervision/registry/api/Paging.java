package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.registry.config.RegistryConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Page and size from query parameters, with the configured cap. */
@ApplicationScoped
public class Paging {

    private final RegistryConfig config;

    Paging(RegistryConfig config) {
        this.config = config;
    }

    /** @return {page, size} */
    public int[] of(Integer page, Integer size) {
        Page.Request request = Page.Request.of(page, size, config.defaultPageSize(), config.maxPageSize());
        return new int[]{request.page(), request.size()};
    }

    /** An enum query parameter; an unknown value is a 400 listing the allowed ones. */
    public static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
