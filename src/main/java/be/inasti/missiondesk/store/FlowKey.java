package be.inasti.missiondesk.store;

import java.util.UUID;

/** The natural key of a flow line that opened a mission, so that the same line opens nothing a second time. */
public record FlowKey(String key, int line, UUID missionId) {
}
