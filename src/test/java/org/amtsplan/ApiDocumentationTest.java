package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.amtsplan.platform.internal.AmtsplanApplication;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md names every operation the API has, as "`METHOD /api/path`" with the path written as
 * /openapi writes it ({name} without a pattern), so the documentation cannot fall behind silently.
 * No container: the operations are read from the resources' annotations, as the OpenAPI scanner
 * reads them (WholeApplicationIT checks the same against the live /openapi).
 */
class ApiDocumentationTest {

    static final java.nio.file.Path DOCUMENT = java.nio.file.Path.of("docs/api.md");

    @Test
    void everyOperationOfTheApiIsDocumented() throws IOException {
        String document = Files.readString(DOCUMENT);
        List<String> operations = operations();
        assertTrue(operations.size() > 50, "found the operations: " + operations);
        List<String> missing =
                operations.stream().filter(o -> !document.contains("`" + o + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/api.md does not name: " + String.join(", ", missing));
    }

    @Test
    void theDocumentNamesNoOperationThatDoesNotExist() throws IOException {
        List<String> operations = operations();
        var named =
                Pattern.compile("`((?:GET|POST|PUT|DELETE|PATCH) /api[^`]*)`")
                        .matcher(Files.readString(DOCUMENT))
                        .results()
                        .map(m -> m.group(1))
                        .filter(o -> !operations.contains(o))
                        .toList();
        assertTrue(named.isEmpty(), "docs/api.md names operations the API lacks: " + named);
    }

    /** "GET /api/appointments/{code}" for every resource method, sorted. */
    static List<String> operations() {
        String root =
                "/"
                        + AmtsplanApplication.class
                                .getAnnotation(jakarta.ws.rs.ApplicationPath.class)
                                .value();
        TreeSet<String> operations = new TreeSet<>();
        for (JavaClass type :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.amtsplan")) {
            if (!type.isAnnotatedWith(Path.class)) continue;
            Class<?> resource = type.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) continue;
                Path sub = method.getAnnotation(Path.class);
                operations.add(verb + " " + join(root, base, sub == null ? "" : sub.value()));
            }
        }
        return new ArrayList<>(operations);
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(a -> a.isAnnotationPresent(HttpMethod.class))
                .map(a -> a.getAnnotation(HttpMethod.class).value())
                .findFirst()
                .orElse(null);
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("/")) {
                if (!segment.isBlank()) path.append('/').append(segment.trim());
            }
        }
        // {id: \d+} is written {id} by /openapi
        return path.toString().replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }
}
