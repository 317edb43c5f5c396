package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.mission.MissionType;
import be.inasti.missiondesk.domain.workflow.Workflows;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --type}: a mission type the workflow data defines. The types are data, so the list the help shows and
 * the check are read from it, not from an enum; the list is also the option's completion candidates.
 */
final class MissionTypeConverter implements ITypeConverter<MissionType>, Iterable<String> {
    @Override
    public MissionType convert(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!Workflows.bundled().hasType(code)) {
            throw new TypeConversionException("unknown mission type '" + value + "'; one of: "
                    + String.join(", ", this));
        }
        return MissionType.of(code);
    }

    @Override
    public Iterator<String> iterator() {
        return Workflows.bundled().allTypes().stream().map(MissionType::code).iterator();
    }
}
