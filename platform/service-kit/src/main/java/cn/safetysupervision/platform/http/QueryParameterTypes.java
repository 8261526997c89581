package cn.safetysupervision.platform.http;

import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whether the query parameters of a request convert to the types the resource method declares. JAX-RS answers a
 * query parameter it cannot convert with 404 (as if the resource did not exist), naming nothing; checked before
 * the method runs, it is a 400 problem naming the parameter. Types without a known conversion are left to JAX-RS.
 */
final class QueryParameterTypes {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Short.class, Short::valueOf), Map.entry(short.class, Short::valueOf),
            Map.entry(Double.class, Double::valueOf), Map.entry(double.class, Double::valueOf),
            Map.entry(Float.class, Float::valueOf), Map.entry(float.class, Float::valueOf),
            Map.entry(BigDecimal.class, BigDecimal::new), Map.entry(UUID.class, UUID::fromString),
            Map.entry(LocalDate.class, LocalDate::parse), Map.entry(LocalDateTime.class, LocalDateTime::parse),
            Map.entry(OffsetDateTime.class, OffsetDateTime::parse), Map.entry(Instant.class, Instant::parse),
            Map.entry(YearMonth.class, YearMonth::parse), Map.entry(Duration.class, Duration::parse));

    private QueryParameterTypes() {
    }

    /** A resource method's query parameters with their element types, read by reflection once per method. */
    private static final Map<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    private record Declared(String name, Class<?> type, boolean many) {
    }

    /** The first parameter whose value does not convert, with what was expected; empty when all do. */
    static Optional<Mismatch> firstMismatch(Method method, Map<String, List<String>> query) {
        if (method == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (Declared declared : DECLARED.computeIfAbsent(method, QueryParameterTypes::declared)) {
            List<String> values = query.get(declared.name());
            if (values == null || values.isEmpty()) {
                continue;
            }
            for (String value : declared.many() ? values : values.subList(0, 1)) {
                if (!converts(declared.type(), value)) {
                    return Optional.of(new Mismatch(declared.name(), expected(declared.type())));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Declared> declared(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            String name = name(parameter);
            if (name == null) {
                continue;
            }
            Class<?> type = parameter.getType();
            boolean many = Collection.class.isAssignableFrom(type) || Optional.class.equals(type);
            if (many) {
                type = elementType(parameter.getParameterizedType());
            }
            if (type != null) {
                declared.add(new Declared(name, type, many));
            }
        }
        return List.copyOf(declared);
    }

    record Mismatch(String parameter, String expected) {
    }

    private static String name(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        return null;
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> type, String value) {
        Function<String, ?> parser = PARSERS.get(type);
        try {
            if (parser != null) {
                // An empty value of a wrapper type is JAX-RS's "absent" (null); of a primitive, its default.
                if (value.isEmpty()) {
                    return true;
                }
                parser.apply(value);
                return true;
            }
            if (type.isEnum() && !hasOwnConversion(type)) {
                Enum.valueOf((Class<? extends Enum>) type, value);
                return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return true;
    }

    /** An enum with its own fromString/fromValue/valueOf-like factory converts as it pleases: not judged here. */
    private static boolean hasOwnConversion(Class<?> type) {
        for (String factory : List.of("fromString", "fromValue", "of", "parse")) {
            try {
                type.getMethod(factory, String.class);
                return true;
            } catch (NoSuchMethodException ignored) {
                // try the next
            }
        }
        return false;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder names = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return names.toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "a " + type.getSimpleName() + " in ISO 8601";
    }
}
