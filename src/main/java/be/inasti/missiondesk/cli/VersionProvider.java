package be.inasti.missiondesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"MissionDesk " + (version != null ? version : "development") + ", Java "
                + Runtime.version()};
    }
}
