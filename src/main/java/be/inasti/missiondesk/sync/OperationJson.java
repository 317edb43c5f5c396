package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.text.IsoText;
import be.inasti.missiondesk.store.Operation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads an operation of a payload through Jackson's streaming API: the JSON that data binding writes for the record
 * (format version 1, as {@code SyncStore} writes it for an export), without data binding's buffering of a record's
 * properties until all are read, which made reading the payload a quarter of an import.
 */
final class OperationJson {
    private OperationJson() {
    }

    /** Reads the object the parser is on; fields in any order, a field this version does not know is damage. */
    static Operation read(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw new BatchRefused(DAMAGED, "batch.notAnOperation");
        }
        Fields f = new Fields();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            if (json.nextToken().isStructStart()) {
                throw new BatchRefused(DAMAGED, "batch.fieldNotSingle", name);
            }
            f.set(name, json);
        }
        return new Operation(f.origin, f.originSeq, f.hlc, f.author, f.recordedAt, f.entity, f.entityId, f.missionId,
                f.field, f.oldValue, f.newValue);
    }

    /** An operation's fields as they come; those absent stay null (or 0, as data binding left them). */
    private static final class Fields {
        String origin;
        long originSeq;
        long hlc;
        String author;
        Instant recordedAt;
        String entity;
        String entityId;
        String missionId;
        String field;
        String oldValue;
        String newValue;

        void set(String name, JsonParser json) throws IOException {
            switch (name) {
                case "origin" -> origin = json.getValueAsString();
                case "originSeq" -> originSeq = whole(name, json);
                case "hlc" -> hlc = whole(name, json);
                case "author" -> author = json.getValueAsString();
                case "recordedAt" -> recordedAt = instant(json.getValueAsString());
                case "entity" -> entity = json.getValueAsString();
                case "entityId" -> entityId = json.getValueAsString();
                case "missionId" -> missionId = json.getValueAsString();
                case "field" -> field = json.getValueAsString();
                case "oldValue" -> oldValue = json.getValueAsString();
                case "newValue" -> newValue = json.getValueAsString();
                default -> throw new BatchRefused(DAMAGED, "batch.unknownField", name);
            }
        }

        /** A whole number as JSON writes one: not true, not a text, not a fraction cut short. */
        private static long whole(String name, JsonParser json) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new BatchRefused(DAMAGED, "batch.notAWholeNumber", name, json.getText());
            }
            return json.getLongValue();
        }

        private static Instant instant(String text) {
            try {
                return text == null ? null : IsoText.instant(text);
            } catch (DateTimeParseException e) {
                throw new BatchRefused(DAMAGED, "batch.notAnInstant", text);
            }
        }
    }
}
