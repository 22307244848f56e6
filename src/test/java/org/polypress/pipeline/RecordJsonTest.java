package org.polypress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    record Language(String code, @RecordJson.Key("iso639-2b") String iso6392b) {
    }

    record Failure(String file, Long size, @RecordJson.Key(omitNull = true) String error, List<String> warnings,
                   Map<String, Double> millis, Language language) {
    }

    @Test
    void aRecordIsAnObjectOfItsComponentsInOrder() {
        String json = RecordJson.write(new Failure("a/b.txt", null, null, List.of(), Map.of("pdf", Double.NaN),
                new Language("hu", "hun")));
        assertEquals("""
                {
                  "file": "a/b.txt",
                  "size": null,
                  "warnings": [],
                  "millis": {
                    "pdf": null
                  },
                  "language": {
                    "code": "hu",
                    "iso639-2b": "hun"
                  }
                }
                """, json);
    }

    @Test
    void stringsAreEscapedAsJsonAsks() {
        assertEquals("[\n  \"C:\\\\/x \\\"q\\\" \\n\"\n]\n", RecordJson.write(List.of("C:\\/x \"q\" \n")));
    }
}
