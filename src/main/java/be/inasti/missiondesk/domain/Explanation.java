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
    private static final String COMMAND_LINE = "be.inasti.missiondesk.domain.commandline";

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

    private Object[] argumentsIn(Locale locale) {
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

    /**
     * The text in English, then, when there is one, what to type to go on (the {@code commandline} bundle): what the
     * command line and the logs say. The window never shows a command: its buttons and forms are the way on there.
     */
    public String inEnglish() {
        ResourceBundle hints = ResourceBundle.getBundle(COMMAND_LINE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String hint = hints.containsKey(key) ? hints.getString(key) : "";
        return in(Locale.ENGLISH) + new MessageFormat(hint, Locale.ENGLISH).format(argumentsIn(Locale.ENGLISH));
    }
}
