package io.casework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WritesFileTest {

    @TempDir
    Path dir;

    @Test
    void aRunReplacesItsOwnMeasureAndKeepsTheOthers() throws IOException {
        List<Sample> samples = List.of(new Sample(0, 7_100_000, 201, true, 7, 1),
                new Sample(20_000_000, 29_250_000, 201, true, 9, 2));
        WritesFile.merge(dir, notes(samples), samples);
        WritesFile.merge(dir, Measure.of("visits-50", "arrangeVisit, 50 a second", 50, 30,
                "writes-visits-50.samples", samples), samples);
        WritesFile.merge(dir, notes(samples.subList(0, 1)), samples.subList(0, 1));

        JsonNode writes = new ObjectMapper().readTree(dir.resolve("writes.json").toFile());
        assertEquals("writes", writes.path("part").asText());
        assertEquals(2, writes.path("measures").size());
        JsonNode notes = writes.path("measures").get(0);
        assertEquals("notes-50", notes.path("id").asText());
        assertEquals(1, notes.path("count").asInt());
        assertEquals("50", notes.path("rate").toString());
        assertEquals("ms", notes.path("unit").asText());
        assertEquals(7.1, notes.path("p50").asDouble());
        assertEquals("visits-50", writes.path("measures").get(1).path("id").asText());
        assertEquals(List.of("7100"), Files.readAllLines(dir.resolve("writes-notes-50.samples")));
        assertEquals(List.of("7100", "9250"), Files.readAllLines(dir.resolve("writes-visits-50.samples")));
    }

    private static Measure notes(List<Sample> samples) {
        return Measure.of("notes-50", "createCaseNote, 50 a second", 50, 30, "writes-notes-50.samples", samples);
    }
}
