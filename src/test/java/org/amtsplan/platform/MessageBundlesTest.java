package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads is in both languages: each module's German and English bundles hold the
 * same keys, each pattern is a valid MessageFormat, and every key the main code names (a string
 * literal "module.something" or a constraint's "{module.something}") is in its module's bundles.
 */
class MessageBundlesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL =
            Pattern.compile(
                    "\"\\{?(("
                            + String.join("|", Messages.MODULES)
                            + ")\\.[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+)\\}?\"");

    /** Literals of that shape which are no message keys: packages, configuration, metric names. */
    private static final Pattern NOT_A_KEY =
            Pattern.compile(
                    "(platform|scheduling|identity|notification)\\.(internal|api|spi|clock|city|db)\\b.*");

    @Test
    void everyModuleSaysTheSameInGermanAndEnglish() {
        for (String module : Messages.MODULES) {
            Properties german = load(module, "de");
            Properties english = load(module, "en");
            if (german == null && english == null) {
                continue;
            }
            assertTrue(
                    german != null && english != null,
                    module + " has a bundle in one language only");
            assertEquals(
                    new TreeSet<>(german.stringPropertyNames()),
                    new TreeSet<>(english.stringPropertyNames()),
                    module + ": German and English keys differ");
            for (Properties bundle : new Properties[] {german, english}) {
                for (String key : bundle.stringPropertyNames()) {
                    assertTrue(
                            key.startsWith(module + "."),
                            key + " belongs in the bundle of " + Messages.moduleOf(key));
                    new MessageFormat(bundle.getProperty(key)); // throws on a broken pattern
                    assertTrue(!bundle.getProperty(key).isBlank(), key + " is empty");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundles() throws IOException {
        Map<String, String> missing = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (NOT_A_KEY.matcher(key).matches() || isConfigurationKey(key)) {
                        continue;
                    }
                    used.add(key);
                    for (String language : new String[] {Languages.GERMAN, Languages.ENGLISH}) {
                        if (Messages.find(key, language).isEmpty()) {
                            missing.put(
                                    key + " (" + language + ")", MAIN.relativize(file).toString());
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 30, "the scan finds the keys of the code: " + used.size());
        assertEquals(Map.of(), missing, "keys used in code but missing in a bundle");
    }

    private static boolean isConfigurationKey(String key) {
        return key.startsWith("amtsplan.");
    }

    private static Properties load(String module, String language) {
        String resource = "/org/amtsplan/" + module + "/messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
