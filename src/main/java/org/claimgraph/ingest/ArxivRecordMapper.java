package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The arXiv metadata snapshot (Kaggle "arxiv-metadata-oai-snapshot"). Title and abstract carry
 * hard line wraps and leading spaces, which are unwrapped to single spaces. Authors come from
 * {@code authors_parsed} (already free of LaTeX accents) when present, else from the
 * {@code authors} string. The date is the first version's submission date, else
 * {@code update_date}; the url is the arXiv abstract page.
 */
final class ArxivRecordMapper implements JsonLinesReader.RecordMapper {
    private static final String ABS_URL = "https://arxiv.org/abs/";

    @Override
    public Paper map(ObjectNode record, SourcePosition where) throws BadRecordException {
        String id = JsonFields.id(record);
        String url = id == null || id.isBlank() ? null : ABS_URL + id.strip();
        return Records.paper(id, Records.unwrap(JsonFields.text(record, "title")),
                Records.unwrap(JsonFields.text(record, "abstract")), authors(record), date(record), url,
                JsonFields.categories(record, "categories"), where);
    }

    private static List<String> authors(ObjectNode record) throws BadRecordException {
        JsonNode parsed = record.get("authors_parsed");
        if (parsed == null || parsed.isNull()) {
            return JsonFields.authors(record, "authors");
        }
        if (!parsed.isArray()) {
            throw new BadRecordException("field 'authors_parsed' must be a list of [last, first, suffix] lists, found "
                    + JsonFields.describe(parsed));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode author : parsed) {
            if (!author.isArray()) {
                throw new BadRecordException("field 'authors_parsed' must hold lists, found " + JsonFields.describe(author));
            }
            StringBuilder name = new StringBuilder();
            for (int i : new int[] {1, 0, 2}) {
                JsonNode part = author.get(i);
                if (part != null && !part.isNull() && !part.isTextual()) {
                    throw new BadRecordException("field 'authors_parsed' must hold strings, found "
                            + JsonFields.describe(part));
                }
                String s = part == null || part.isNull() ? "" : Records.unwrap(part.textValue());
                if (!s.isEmpty()) {
                    name.append(name.length() > 0 ? " " : "").append(s);
                }
            }
            if (name.length() > 0) {
                out.add(name.toString());
            }
        }
        return out;
    }

    private static String date(ObjectNode record) throws BadRecordException {
        JsonNode versions = record.get("versions");
        if (versions != null && versions.isArray() && versions.size() > 0) {
            JsonNode created = versions.get(0).get("created");
            if (created != null && created.isTextual()) {
                try {
                    return ZonedDateTime.parse(created.textValue().strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toLocalDate().toString();
                } catch (DateTimeParseException e) {
                    // an unusual date format: fall back to update_date below
                }
            }
        }
        return JsonFields.text(record, "update_date");
    }
}
