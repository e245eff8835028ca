package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON Lines, one object per line, parsing each line on its own so that a broken line is a
 * reject naming its line number while the lines around it still load. Blank lines are skipped.
 * How an object's fields become a {@link Paper} is the {@link RecordMapper}'s business.
 */
final class JsonLinesReader extends LineRecordSource {
    /** Turns one parsed JSON object into a paper, or says why it cannot. */
    @FunctionalInterface
    interface RecordMapper {
        Paper map(ObjectNode record, SourcePosition where) throws BadRecordException;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RecordMapper mapper;

    JsonLinesReader(LineReader lines, String name, RejectSink rejects, RecordMapper mapper) {
        super(lines, name, rejects);
        this.mapper = mapper;
    }

    @Override
    protected Paper next() throws IOException {
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.ok()) {
                reject(line.number(), line.problem(), line.text());
                continue;
            }
            JsonNode node;
            try (JsonParser parser = MAPPER.createParser(line.text())) {
                node = MAPPER.readTree(parser);
                if (hasMore(parser)) {
                    reject(line.number(), "malformed JSON: more text after the JSON value (column "
                            + parser.currentTokenLocation().getColumnNr() + ")", line.text());
                    continue;
                }
            } catch (JsonProcessingException e) {
                reject(line.number(), "malformed JSON: " + firstLine(e.getOriginalMessage()), line.text());
                continue;
            }
            if (!(node instanceof ObjectNode record)) {
                reject(line.number(), "not a JSON object (found " + JsonFields.describe(node) + ")", line.text());
                continue;
            }
            try {
                return mapper.map(record, new SourcePosition(name, line.number()));
            } catch (BadRecordException e) {
                reject(line.number(), e.getMessage(), line.text());
            }
        }
        return null;
    }

    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
