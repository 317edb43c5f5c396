package be.inasti.missiondesk.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why something was refused or failed, for a person to read in any of the window's languages: a key of the
 * {@code refusals} bundle and the values it names. The window says it in the user's language; the command line and
 * the logs say it in English, through {@link DomainException#getMessage()}.
 */
public record Explanation(String key, List<Object> arguments) {
    private static final String BUNDLE = "be.inasti.missiondesk.domain.refusals";

    public Explanation {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));  // a value may be null
    }

    public static Explanation of(String key, Object... arguments) {
        return new Explanation(key, Arrays.asList(arguments));
    }

    /**
     * The text in {@code locale}. An argument that is itself an explanation is said in the same language, and a list
     * item by item, separated by semicolons (the operations a batch may not carry, each with its reason).
     */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(argumentsIn(locale));
    }

    /** The arguments as {@link #in} says them: for a screen that words the same facts in a sentence of its own. */
    public Object[] argumentsIn(Locale locale) {
        return arguments.stream().map(a -> said(a, locale)).toArray();
    }

    private static Object said(Object argument, Locale locale) {
        return switch (argument) {
            case Explanation e -> e.in(locale);
            case List<?> items -> items.stream().map(i -> String.valueOf(said(i, locale)))
                    .collect(Collectors.joining("; "));
            case null, default -> argument;
        };
    }

    public String inEnglish() {
        return in(Locale.ENGLISH);
    }
}
