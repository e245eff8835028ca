package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Typed access to a JSON record's fields; a field of the wrong type is a bad record, never a silent null. */
final class JsonFields {
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("[\\s,]+");

    private JsonFields() {
    }

    /** A string field; {@code null} when absent or JSON null. */
    static String text(ObjectNode record, String field) throws BadRecordException {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRecordException("field '" + field + "' must be a string, found " + describe(v));
        }
        return v.textValue();
    }

    /** The record's id: a string, or an integer written without quotes. */
    static String id(ObjectNode record) throws BadRecordException {
        JsonNode v = record.get("id");
        if (v != null && v.isIntegralNumber()) {
            return v.asText();
        }
        if (v != null && v.isNumber()) {
            throw new BadRecordException("field 'id' must be a string, found number " + v.asText()
                    + " (quote it: as a number an id such as 2311.12040 loses digits)");
        }
        return text(record, "id");
    }

    /** Authors as a list of strings, or one string "A, B and C". */
    static List<String> authors(ObjectNode record, String field) throws BadRecordException {
        return stringList(record, field, AUTHOR_SEPARATOR);
    }

    /** Categories as a list of strings, or one string separated by spaces or commas. */
    static List<String> categories(ObjectNode record, String field) throws BadRecordException {
        return stringList(record, field, CATEGORY_SEPARATOR);
    }

    private static List<String> stringList(ObjectNode record, String field, Pattern separator)
            throws BadRecordException {
        JsonNode v = record.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String part : separator.split(v.textValue().strip())) {
                String s = Records.unwrap(part);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new BadRecordException("field '" + field + "' must be a list of strings or a string, found "
                    + describe(v));
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new BadRecordException("field '" + field + "' must hold only strings, found " + describe(item));
            }
            String s = Records.unwrap(item.textValue());
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The JSON type of a node, for messages. */
    static String describe(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
