package cn.safetysupervision.events.registry;

/**
 * One changed field.
 *
 * @param field  field name as in the REST API, e.g. {@code name}
 * @param before value before (null when unset)
 * @param after  value after (null when cleared)
 */
public record FieldChangeV1(String field, String before, String after) {
}
