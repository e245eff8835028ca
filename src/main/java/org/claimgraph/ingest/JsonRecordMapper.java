package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plain JSON Lines: {@code id}, {@code title}, {@code abstract} and optional {@code authors},
 * {@code date}, {@code url}, {@code categories}; other fields are ignored. The title's whitespace
 * runs become single spaces (a title is one line); the abstract is kept as given, only stripped.
 */
final class JsonRecordMapper implements JsonLinesReader.RecordMapper {
    @Override
    public Paper map(ObjectNode record, SourcePosition where) throws BadRecordException {
        return Records.paper(JsonFields.id(record), Records.unwrap(JsonFields.text(record, "title")),
                JsonFields.text(record, "abstract"), JsonFields.authors(record, "authors"),
                JsonFields.text(record, "date"), JsonFields.text(record, "url"),
                JsonFields.categories(record, "categories"), where);
    }
}
