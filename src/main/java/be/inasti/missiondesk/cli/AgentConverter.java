package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.app.Agent;
import be.inasti.missiondesk.domain.mission.Office;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Agents are typed OFFICE/login, e.g. {@code NAMUR/vrenard}; the login is checked as {@code --assignee} is. */
final class AgentConverter implements ITypeConverter<Agent> {
    @Override
    public Agent convert(String value) {
        String[] parts = value.split("/", 2);
        Office office;
        try {
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new TypeConversionException("'" + value + "' is not an agent: type OFFICE/login, e.g. "
                        + "NAMUR/vrenard");
            }
            office = Office.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': unknown office '" + parts[0] + "'");
        }
        return new Agent(office, new LoginConverter().convert(parts[1]));
    }
}
