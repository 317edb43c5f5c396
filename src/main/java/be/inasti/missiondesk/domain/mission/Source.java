package be.inasti.missiondesk.domain.mission;

/** Where a mission came from: typed by hand, an inbound flow (births), or documents sent by a caisse. */
public enum Source {
    MANUAL, FLOW, DOCUMENT
}
