package be.inasti.missiondesk.cli;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang}: one of the four languages, else a usage error that names them. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
