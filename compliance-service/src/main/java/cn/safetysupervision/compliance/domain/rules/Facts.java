package cn.safetysupervision.compliance.domain.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the facts of a violation in a stable order; null values are left out. */
public final class Facts {

    private final Map<String, String> facts = new LinkedHashMap<>();

    public static Facts of(String name, Object value) {
        return new Facts().and(name, value);
    }

    public Facts and(String name, Object value) {
        if (value != null) {
            facts.put(name, String.valueOf(value));
        }
        return this;
    }

    public Facts merge(Facts other) {
        facts.putAll(other.facts);
        return this;
    }

    public Map<String, String> map() {
        return facts;
    }
}
