package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.Explanation;
import be.inasti.missiondesk.domain.mission.Login;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An agent's login, typed with {@code --assignee}: checked as the domain defines a login ({@link Login}). */
final class LoginConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            return Login.check(value, Explanation.of("field.assignee"));
        } catch (DomainException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
