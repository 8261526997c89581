package cn.safetysupervision.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonTest {

    record Body(String name, LocalDate issuedOn, Instant at, List<String> tags) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void datesAndTimestampsAreStringsOnly() throws Exception {
        ObjectMapper mapper = mapper();
        assertEquals(LocalDate.of(2026, 1, 2), mapper.readValue("{\"issuedOn\":\"2026-01-02\"}", Body.class).issuedOn());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), mapper.readValue("{\"at\":\"2026-01-02T03:04:05Z\"}", Body.class).at());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"issuedOn\":12345}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"issuedOn\":[2026,1,2]}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"at\":1700000000}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"at\":1.7E9}", Body.class));
        assertEquals(null, mapper.readValue("{\"issuedOn\":null}", Body.class).issuedOn());
    }

    @Test
    void controlCharactersAreRefusedInEveryString() throws Exception {
        ObjectMapper mapper = mapper();
        assertEquals("a\tb\nc", mapper.readValue("{\"name\":\"a\\tb\\nc\"}", Body.class).name());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"name\":\"a\\u0000b\"}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"tags\":[\"ok\",\"\\u001b[31m\"]}", Body.class));
    }

    @Test
    void aCollectionHasAtMostAThousandElements() throws Exception {
        ObjectMapper mapper = mapper();
        String fine = "{\"tags\":[" + "\"a\",".repeat(999) + "\"a\"]}";
        assertEquals(1000, mapper.readValue(fine, Body.class).tags().size());
        String tooMany = "{\"tags\":[" + "null,".repeat(1000) + "null]}";
        assertThrows(com.fasterxml.jackson.databind.exc.InvalidFormatException.class, () -> mapper.readValue(tooMany, Body.class));
    }
}
