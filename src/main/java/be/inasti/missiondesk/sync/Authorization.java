package be.inasti.missiondesk.sync;

import static be.inasti.missiondesk.domain.sync.BatchRefused.Reason.DAMAGED;

import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.sync.BatchRefused;
import be.inasti.missiondesk.domain.sync.FieldRules;
import be.inasti.missiondesk.domain.sync.Role;
import be.inasti.missiondesk.domain.sync.Site;
import be.inasti.missiondesk.store.AcceptedOperation;
import be.inasti.missiondesk.store.CreatedColumns;
import be.inasti.missiondesk.store.Operation;
import be.inasti.missiondesk.store.SyncStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every received operation, first as MissionDesk writes operations (values a person could type, ids that
 * name what the operation changes), then against the rights of the site that sent the batch: a caseworker's or an
 * inspector's site only sends its own work, on missions of its own office, and never reassigns; coordinator and
 * central sites may do all of it. A signature proves who sent a batch, not that what it carries is allowed, so
 * rights are decided on what an operation really changes: the entity's row as held here before the batch (a clock's
 * mission is the one it belongs to, whatever the operation says), or for a create the very columns the store will
 * write.
 */
public final class Authorization {
    private static final Set<String> ENTITIES = Set.of(Operation.MISSION, Operation.CLOCK);
    private static final String OFFICE = "office";
    private static final String MISSION_ID = "mission_id";
    private static final Set<String> REASSIGNING_FIELDS = Set.of(OFFICE, "assignee");
    /** How far ahead of this site's clock an operation's hybrid clock may be: beyond, every later edit would lose. */
    private static final Duration AHEAD = Duration.ofDays(1);
    /** At most this many operations are named in a refusal: the count says how many more. */
    static final int LISTED = 10;

    private Authorization() {
    }

    /**
     * Which operations of the batch may be applied (a bit per operation, by its place in the batch), and those
     * refused, each with its reason (none when all may be applied): every one, or when {@code listedOnly} only the
     * first {@link #LISTED}, with their count. Each operation is decided once, in the batch's order, so what is
     * listed as refused and what applies without it never disagree.
     */
    public static final class Decision {
        private final BitSet accepted;
        private final List<Explanation> refusals;
        private final int refused;

        private Decision(BitSet accepted, List<Explanation> refusals, int refused) {
            this.accepted = accepted;
            this.refusals = List.copyOf(refusals);
            this.refused = refused;
        }

        /** How many operations are refused. */
        public int refused() {
            return refused;
        }

        /** The refused operations with their reasons: all, unless the decision was asked to list only the first. */
        public List<Explanation> refusals() {
            return refusals;
        }

        /** The refusal of the whole batch, naming the first operations refused. */
        public Explanation refusal(Site source) {
            return listing("batch.refusedOperations", refusals, refused, source.id(), source.role(), source.office());
        }

        /**
         * The operations of a chunk that may be applied, with the columns of each create, as the store writes them.
         *
         * @param first the place in the batch of the chunk's first operation
         */
        public List<AcceptedOperation> accepted(int first, List<Operation> chunk) {
            List<AcceptedOperation> accepted = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                if (this.accepted.get(first + i)) {
                    Operation op = chunk.get(i);
                    accepted.add(new AcceptedOperation(op,
                            op.createsEntity() ? CreatedColumns.of(op.entity(), op.newValue()) : null));
                }
            }
            return accepted;
        }
    }

    /** The first {@link #LISTED} explanations, or all of them, and how many there were. */
    private static final class Listed {
        private final boolean all;
        private final List<Explanation> kept = new ArrayList<>();
        private int count;

        Listed(boolean all) {
            this.all = all;
        }

        void add(Explanation why) {
            if (all || kept.size() < LISTED) {
                kept.add(why);
            }
            count++;
        }
    }

    /**
     * Decides every operation of a batch from the source site, against what this site holds before the batch, a
     * chunk at a time: what is kept of the whole batch is what its operations name and hold (see {@link Held}), a
     * bit per operation, and the refusals.
     *
     * @param listedOnly keep only the first {@link #LISTED} refusals (and their count), as a refusal of the whole
     *        batch names no more
     * @throws BatchRefused as damaged when an operation is not one MissionDesk writes: a value no one could type, an
     *         id that does not name what it changes, a clock far ahead of this site's
     */
    public static Decision decide(Site source, OpenedBatch batch, SyncStore store, Instant now, boolean listedOnly) {
        Role role = Role.parse(source.role());
        Held held = new Held(store);
        long horizon = now.plus(AHEAD).toEpochMilli();
        // Sized as it fills, not by the manifest: its counts are checked only once the batch has been read through.
        BitSet accepted = new BitSet();
        Listed refused = new Listed(!listedOnly);
        Listed damaged = new Listed(false);
        int[] index = {0};
        batch.forEachChunk(chunk -> {
            held.read(chunk);
            for (Operation op : chunk) {
                int at = index[0]++;
                if (!ENTITIES.contains(op.entity())) {
                    refused.add(explained(op, Explanation.of("operation.entityNotCarried", op.entity())));
                    continue;
                }
                CreatedColumns columns = op.createsEntity() ? CreatedColumns.of(op.entity(), op.newValue()) : null;
                Optional<Explanation> wrong = malformed(op, columns, horizon)
                        .or(() -> held.inconsistency(op, columns));
                if (wrong.isPresent()) {
                    damaged.add(explained(op, wrong.get()));
                    continue;
                }
                held.created(op, columns);
                Optional<Explanation> why = refusal(source, role, op, held);
                if (why.isPresent()) {
                    refused.add(explained(op, why.get()));
                } else {
                    accepted.set(at);
                }
            }
        });
        if (damaged.count > 0) {
            throw new BatchRefused(DAMAGED, listing("batch.invalidOperations", damaged.kept, damaged.count,
                    source.id()));
        }
        return new Decision(accepted, refused.kept, refused.count);
    }

    private static Explanation explained(Operation op, Explanation why) {
        return Explanation.of("operation.refused", op.origin(), op.originSeq(), op.entity(), op.entityId(), op.field(),
                why);
    }

    /** The count, the named sites' values, the first operations listed, and how many more. */
    private static Explanation listing(String key, List<Explanation> operations, int count, Object... site) {
        List<Explanation> listed = operations.subList(0, Math.min(LISTED, operations.size()));
        List<Object> arguments = new ArrayList<>();
        arguments.add(count);
        arguments.addAll(List.of(site));
        arguments.add(listed);
        arguments.add(count - listed.size());
        return Explanation.of(key, arguments.toArray());
    }

    /** What no MissionDesk writes, whatever it holds: numbering, clock, ids and values, each by the domain's rules. */
    private static Optional<Explanation> malformed(Operation op, CreatedColumns columns, long horizon) {
        if (op.originSeq() < 1) {
            return Optional.of(Explanation.of("operation.badSequence", op.originSeq()));
        }
        if (op.hlc() < 0 || op.hlc() > horizon) {
            return Optional.of(Explanation.of("operation.badClock", op.hlc(), horizon));
        }
        Optional<Explanation> ids = FieldRules.problem(op.entity(), "id", op.entityId())
                .or(() -> FieldRules.problem(Operation.CLOCK, MISSION_ID, op.missionId()));
        if (ids.isPresent() || columns != null) {
            return ids.or(() -> badColumns(op, columns));
        }
        if (Operation.MISSION.equals(op.entity()) && !op.entityId().equals(op.missionId())) {
            return Optional.of(Explanation.of("operation.notItsMission", op.missionId(), op.entityId()));
        }
        return FieldRules.unknownField(op.entity(), op.field())
                .or(() -> FieldRules.problem(op.entity(), op.field(), op.newValue()));
    }

    /** A create's columns: readable, every one given and admitted, its own id, the mission it says. */
    private static Optional<Explanation> badColumns(Operation op, CreatedColumns columns) {
        if (columns.problem().isPresent()) {
            return columns.problem();
        }
        for (String column : FieldRules.columns(op.entity())) {
            Optional<Explanation> wrong = columns.has(column)
                    ? FieldRules.problem(op.entity(), column, columns.text(column))
                    : FieldRules.mayBeAbsent(column) ? Optional.empty()
                    : Optional.of(Explanation.of("field.missing", column));
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        if (!op.entityId().equals(columns.text("id"))) {
            return Optional.of(Explanation.of("operation.idDiffers", columns.text("id")));
        }
        String mission = Operation.MISSION.equals(op.entity()) ? op.entityId() : columns.text(MISSION_ID);
        if (!mission.equals(op.missionId())) {
            return Optional.of(Explanation.of("operation.notItsMission", op.missionId(), mission));
        }
        return Operation.MISSION.equals(op.entity())
                ? FieldRules.subjectProblem(columns.text(FieldRules.SUBJECT_KIND), columns.text(FieldRules.SUBJECT_ID))
                : Optional.empty();
    }

    private static Optional<Explanation> refusal(Site source, Role role, Operation op, Held held) {
        if (!role.limitedToOwnOffice()) {
            return Optional.empty();
        }
        if (!source.id().equals(op.origin())) {
            return Optional.of(Explanation.of("operation.onlyOwnWork", role));
        }
        if (REASSIGNING_FIELDS.contains(op.field())) {
            return Optional.of(Explanation.of("operation.onlyCoordinatorsReassign"));
        }
        String office = held.office(op.missionId()).orElse(null);
        if (!source.office().equals(office)) {
            return Optional.of(office == null ? Explanation.of("operation.officeUnknown", source.office())
                    : Explanation.of("operation.otherOffice", office, source.office()));
        }
        return Optional.empty();
    }

    /**
     * What this site holds before the batch of every mission and clock the batch names, read a chunk at a time as the
     * batch is decided (nothing of the batch is written meanwhile), and what the batch's creates add: an operation
     * moving a mission to another office earlier in the batch does not change whose the mission is for the next.
     * Kept for the whole batch: its ids and offices, not its operations.
     */
    private static final class Held {
        private final SyncStore store;
        private final Map<String, Optional<String>> offices = new HashMap<>();
        private final Map<String, Optional<String>> clockMissions = new HashMap<>();

        Held(SyncStore store) {
            this.store = store;
        }

        /** Reads at once what this site holds of the missions and clocks a chunk names that earlier ones did not. */
        void read(List<Operation> chunk) {
            Set<String> missionIds = new HashSet<>();
            Set<String> clockIds = new HashSet<>();
            for (Operation op : chunk) {
                missionIds.add(op.missionId());
                (Operation.MISSION.equals(op.entity()) ? missionIds : clockIds).add(op.entityId());
            }
            missionIds.remove(null); // a damaged operation's, refused by the checks that come first
            clockIds.remove(null);
            missionIds.removeAll(offices.keySet());
            clockIds.removeAll(clockMissions.keySet());
            heldOf(missionIds, store.missionOffices(missionIds), offices);
            heldOf(clockIds, store.clockMissions(clockIds), clockMissions);
        }

        private static void heldOf(Set<String> ids, Map<String, String> found, Map<String, Optional<String>> held) {
            ids.forEach(id -> held.put(id, Optional.ofNullable(found.get(id))));
        }

        Optional<String> office(String missionId) {
            return offices.getOrDefault(missionId, Optional.empty());
        }

        Optional<String> clockMission(String clockId) {
            return clockMissions.getOrDefault(clockId, Optional.empty());
        }

        /**
         * An operation that does not name what it changes: a create of an entity held already (unless it is this
         * very operation again), a change of one not held, a clock's operation naming another mission than the
         * clock's.
         */
        Optional<Explanation> inconsistency(Operation op, CreatedColumns columns) {
            boolean mission = Operation.MISSION.equals(op.entity());
            Optional<String> heldIn = mission ? office(op.entityId()) : clockMission(op.entityId());
            if (columns != null) {
                return heldIn.isPresent() && !store.operationHeld(op.origin(), op.originSeq())
                        ? Optional.of(Explanation.of("operation.alreadyExists", op.entity())) : Optional.empty();
            }
            if (heldIn.isEmpty()) {
                return Optional.of(Explanation.of("operation.notHeld", op.entity()));
            }
            return mission || Objects.equals(heldIn.get(), op.missionId()) ? Optional.empty()
                    : Optional.of(Explanation.of("operation.notItsMission", op.missionId(), heldIn.get()));
        }

        /**
         * A create holds its entity for the operations after it in the batch; one held before the batch (this very
         * create, received again) keeps what is held.
         */
        void created(Operation op, CreatedColumns columns) {
            if (columns != null) {
                boolean mission = Operation.MISSION.equals(op.entity());
                (mission ? offices : clockMissions).merge(op.entityId(),
                        Optional.ofNullable(columns.text(mission ? OFFICE : MISSION_ID)), (held, created) ->
                        held.isPresent() ? held : created);
            }
        }
    }
}
