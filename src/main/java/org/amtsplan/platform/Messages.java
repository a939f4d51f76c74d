package org.amtsplan.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s from the modules' resource bundles. Each module keeps its texts in
 * {@code org/amtsplan/<module>/messages_de.properties} and {@code messages_en.properties} (UTF-8);
 * a key's first segment names the module, so {@code scheduling.slotTaken} lives in the kernel's
 * bundle. Field labels are keys {@code <module>.field.<name>}.
 */
public final class Messages {

    /**
     * The modules that may own a bundle, in the order field labels are looked up after the own one.
     */
    public static final List<String> MODULES =
            List.of(
                    "platform",
                    "scheduling",
                    "identity",
                    "immigration",
                    "registryoffice",
                    "vehicleregistration",
                    "disruption",
                    "notification");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /**
     * The message's text in {@code language}. A key found in no bundle is returned as it is: texts
     * of modules not yet moved into bundles are still passed as literal text.
     */
    public static String text(Message message, String language) {
        Object[] arguments = message.arguments().stream().map(a -> render(a, language)).toArray();
        return find(message.key(), language)
                .map(
                        pattern ->
                                arguments.length == 0
                                        ? unquote(pattern)
                                        : new MessageFormat(pattern, locale(language))
                                                .format(arguments))
                .orElse(message.key());
    }

    public static String text(String language, String key, Object... arguments) {
        return text(Message.of(key, arguments), language);
    }

    /**
     * The user-facing name of a request field ("Geburtsdatum" for {@code dateOfBirth}), looked up
     * in {@code module}'s bundle first, then in every module's; the field's own name when none
     * knows it. List positions are ignored: {@code weekly[1].from} is labelled as {@code
     * weekly.from}, then {@code from}.
     */
    public static String label(String field, String module, String language) {
        String plain = field.replaceAll("\\[[^\\]]*\\]", "");
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        for (String name : List.of(plain, last)) {
            Optional<String> own =
                    module == null ? Optional.empty() : find(module + ".field." + name, language);
            if (own.isPresent()) {
                return unquote(own.get());
            }
            for (String other : MODULES) {
                Optional<String> found = find(other + ".field." + name, language);
                if (found.isPresent()) {
                    return unquote(found.get());
                }
            }
        }
        return field;
    }

    /** The module a key belongs to: its first segment. */
    public static String moduleOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** The pattern stored under {@code key} in its module's bundle for {@code language}. */
    public static Optional<String> find(String key, String language) {
        String module = moduleOf(key);
        if (module == null || !MODULES.contains(module)) {
            return Optional.empty();
        }
        try {
            ResourceBundle bundle = bundle(module, language);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException noBundle) {
            return Optional.empty();
        }
    }

    /**
     * A module's bundle in one language; throws {@link MissingResourceException} if it has none.
     */
    public static ResourceBundle bundle(String module, String language) {
        return ResourceBundle.getBundle(
                "org.amtsplan." + module + ".messages",
                locale(language),
                Messages.class.getClassLoader(),
                NO_FALLBACK);
    }

    private static Object render(Object argument, String language) {
        if (argument instanceof Message nested) {
            return text(nested, language);
        }
        if (argument instanceof Message.Localized localized) {
            return localized.in(language);
        }
        return String.valueOf(argument);
    }

    /** A pattern without arguments still follows MessageFormat's quoting, so '' reads as '. */
    private static String unquote(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[0]);
    }

    private static Locale locale(String language) {
        return Languages.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
