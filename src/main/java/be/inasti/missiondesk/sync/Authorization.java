package be.inasti.missiondesk.sync;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.Operation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every received operation against the rights of the site that sent the batch: a caseworker's or an
 * inspector's site only sends its own work, on missions of its own office, and never reassigns; coordinator and
 * central sites may do all of it.
 */
public final class Authorization {
    private static final Set<String> ENTITIES = Set.of(Operation.MISSION, Operation.CLOCK);
    private static final String OFFICE = "office";
    private static final Set<String> REASSIGNING_FIELDS = Set.of(OFFICE, "assignee");

    private Authorization() {
    }

    /**
     * The operations that may be applied, and those refused, each with its reason (none when all may be applied).
     * Each operation is decided once, in the batch's order, so what is listed as refused and what applies without
     * it never disagree.
     */
    public record Decision(List<Operation> accepted, List<Explanation> refusals) {
        public Decision {
            accepted = List.copyOf(accepted);
            refusals = List.copyOf(refusals);
        }
    }

    /**
     * Decides every operation of a batch from the source site.
     *
     * @param heldOffice the office holding a mission here, if it is held here
     */
    public static Decision decide(Site source, List<Operation> operations,
            Function<String, Optional<String>> heldOffice) {
        Role role = Role.parse(source.role());
        Map<String, String> createdHere = new HashMap<>();
        List<Operation> accepted = new ArrayList<>(operations.size());
        List<Explanation> refused = new ArrayList<>();
        for (Operation op : operations) {
            Optional<Explanation> why = refusal(source, role, op, createdHere, heldOffice);
            if (why.isPresent()) {
                refused.add(Explanation.of("operation.refused", op.origin(), op.originSeq(), op.entity(),
                        op.entityId(), op.field(), why.get()));
            } else {
                accepted.add(op);
            }
        }
        return new Decision(accepted, refused);
    }

    private static Optional<Explanation> refusal(Site source, Role role, Operation op,
            Map<String, String> createdHere, Function<String, Optional<String>> heldOffice) {
        if (!ENTITIES.contains(op.entity())) {
            return Optional.of(Explanation.of("operation.entityNotCarried", op.entity()));
        }
        if (Operation.MISSION.equals(op.entity()) && op.createsEntity()) {
            createdHere.put(op.missionId(), officeIn(op.newValue()));
        }
        if (!role.limitedToOwnOffice()) {
            return Optional.empty();
        }
        if (!source.id().equals(op.origin())) {
            return Optional.of(Explanation.of("operation.onlyOwnWork", role));
        }
        if (REASSIGNING_FIELDS.contains(op.field())) {
            return Optional.of(Explanation.of("operation.onlyCoordinatorsReassign"));
        }
        String office = Optional.ofNullable(createdHere.get(op.missionId()))
                .or(() -> heldOffice.apply(op.missionId())).orElse(null);
        if (!source.office().equals(office)) {
            return Optional.of(office == null ? Explanation.of("operation.officeUnknown", source.office())
                    : Explanation.of("operation.otherOffice", office, source.office()));
        }
        return Optional.empty();
    }

    /**
     * The office column of a created mission. The parser stops there (the third column): parsing every column of
     * every created mission into a tree cost a tenth of an import, and the store parses them when it applies them.
     */
    private static String officeIn(String createdColumns) {
        if (createdColumns == null) {
            return null;
        }
        try (JsonParser json = BatchFile.JSON.createParser(createdColumns)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                boolean office = OFFICE.equals(json.currentName());
                json.nextToken();
                if (office) {
                    return json.getValueAsString();
                }
                json.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
