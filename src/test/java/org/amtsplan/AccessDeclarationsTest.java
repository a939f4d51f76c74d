package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.OwnerResolver;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST resource method of Amtsplan declares who may call it and, when unit staff may, whose
 * object it acts on; a new endpoint without a declaration fails the build. No container: the
 * declarations are read from the compiled classes.
 */
class AccessDeclarationsTest {

    static List<Class<?>> resources;
    static List<Class<?>> resolvers;

    @BeforeAll
    static void findResourcesAndResolvers() {
        List<JavaClass> production =
                new ClassFileImporter()
                                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                .importPackages("org.amtsplan")
                                .stream()
                                .toList();
        resources =
                production.stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .map(JavaClass::reflect)
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
        resolvers =
                production.stream()
                        .filter(c -> c.isAssignableTo(OwnerResolver.class) && !c.isInterface())
                        .map(JavaClass::reflect)
                        .toList();
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallItAndWhoseObjectItActsOn() {
        List<String> problems = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : resources) {
            for (Method method : resourceMethods(resource)) {
                problems.addAll(problemsOf(method));
                methods++;
            }
        }
        assertTrue(methods > 50, "found the resource methods: " + methods);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyResolverNamedInADeclarationIsProvidedByExactlyOneModule()
            throws ReflectiveOperationException {
        Map<String, Integer> provided = new HashMap<>();
        for (Class<?> type : resolvers) {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            provided.merge(((OwnerResolver) constructor.newInstance()).kind(), 1, Integer::sum);
        }
        List<String> named =
                resources.stream()
                        .flatMap(r -> resourceMethods(r).stream())
                        .map(m -> m.getAnnotation(ScopedBy.class))
                        .filter(s -> s != null && !s.resolver().isEmpty())
                        .map(ScopedBy::resolver)
                        .distinct()
                        .sorted()
                        .toList();
        assertEquals(
                List.of("booking", "callback", "dealer", "disruption", "offline-device", "ticket"),
                named);
        named.forEach(
                kind ->
                        assertEquals(
                                1,
                                provided.getOrDefault(kind, 0),
                                "resolvers of kind " + kind + ": " + provided));
    }

    @Test
    void anUndeclaredOrUnscopedEndpointIsReported() {
        List<String> problems =
                resourceMethods(CarelessResource.class).stream()
                        .sorted(Comparator.comparing(Method::getName))
                        .flatMap(m -> problemsOf(m).stream())
                        .toList();
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("both"), problems.get(0));
        assertTrue(problems.get(1).contains("no @RolesAllowed"), problems.get(1));
        assertTrue(problems.get(2).contains("no @ScopedBy"), problems.get(2));
        assertTrue(problems.get(3).contains("no such @PathParam"), problems.get(3));
    }

    /** What is wrong with one resource method's declarations (nothing: empty). */
    static List<String> problemsOf(Method method) {
        String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        List<String> problems = new ArrayList<>();
        Class<?> type = method.getDeclaringClass();
        RolesAllowed roles =
                method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class)
                        : method.isAnnotationPresent(PermitAll.class)
                                ? null
                                : type.getAnnotation(RolesAllowed.class);
        boolean permitAll =
                method.isAnnotationPresent(PermitAll.class)
                        || (type.isAnnotationPresent(PermitAll.class)
                                && !method.isAnnotationPresent(RolesAllowed.class));
        boolean denyAll = method.isAnnotationPresent(DenyAll.class);
        long declared = Stream.of(roles != null, permitAll, denyAll).filter(b -> b).count();
        if (declared == 0) {
            problems.add(name + ": no @RolesAllowed, @PermitAll or @DenyAll");
        } else if (declared > 1) {
            problems.add(name + ": declares both roles and @PermitAll/@DenyAll");
        }
        if (roles != null) {
            List<String> unknown =
                    Arrays.stream(roles.value()).filter(r -> !StaffRoles.ALL.contains(r)).toList();
            if (!unknown.isEmpty()) {
                problems.add(name + ": unknown roles " + unknown);
            }
        }
        ScopedBy scope = method.getAnnotation(ScopedBy.class);
        boolean unitStaff =
                roles != null
                        && Arrays.stream(roles.value())
                                .anyMatch(
                                        r ->
                                                Set.of(
                                                                StaffRoles.HEAD,
                                                                StaffRoles.CLERK,
                                                                StaffRoles.DEALER)
                                                        .contains(r));
        if (unitStaff && scope == null && !method.isAnnotationPresent(NotUnitScoped.class)) {
            problems.add(
                    name
                            + ": open to "
                            + Arrays.toString(roles.value())
                            + " but no @ScopedBy (or @NotUnitScoped) says whose object it is");
        }
        if (scope != null) {
            long sources =
                    Stream.of(scope.path(), scope.query(), scope.body(), scope.unit())
                            .filter(s -> !s.isEmpty())
                            .count();
            if (sources != 1) {
                problems.add(name + ": @ScopedBy needs exactly one of path, query, body, unit");
            }
            if (!scope.path().isEmpty()
                    && parameterNames(method, PathParam.class).noneMatch(scope.path()::equals)) {
                problems.add(
                        name
                                + ": @ScopedBy(path = \""
                                + scope.path()
                                + "\") but no such @PathParam");
            }
            if (!scope.query().isEmpty()
                    && parameterNames(method, QueryParam.class).noneMatch(scope.query()::equals)) {
                problems.add(
                        name
                                + ": @ScopedBy(query = \""
                                + scope.query()
                                + "\") but no such @QueryParam");
            }
        }
        return problems;
    }

    static List<Method> resourceMethods(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .filter(
                        m ->
                                Arrays.stream(m.getAnnotations())
                                        .anyMatch(
                                                a ->
                                                        a.annotationType()
                                                                .isAnnotationPresent(
                                                                        HttpMethod.class)))
                .toList();
    }

    private static Stream<String> parameterNames(Method method, Class<? extends Annotation> kind) {
        return Arrays.stream(method.getParameters())
                .map((Parameter p) -> p.getAnnotation(kind))
                .filter(a -> a != null)
                .map(a -> a instanceof PathParam path ? path.value() : ((QueryParam) a).value());
    }

    /** Four mistakes the test must catch (methods sorted by name). */
    @Path("careless")
    static class CarelessResource {

        @GET
        @PermitAll
        @RolesAllowed(StaffRoles.ADMIN)
        public String a() {
            return "";
        }

        @POST
        public String b() {
            return "";
        }

        @GET
        @Path("{unit}")
        @RolesAllowed({StaffRoles.HEAD, StaffRoles.CLERK})
        public String c(@PathParam("unit") String unit) {
            return unit;
        }

        @GET
        @Path("tickets/{id}")
        @RolesAllowed(StaffRoles.CLERK)
        @ScopedBy(path = "ticket", resolver = "ticket")
        public String d(@PathParam("id") String id) {
            return id;
        }

        @GET
        @Path("fine")
        @RolesAllowed(StaffRoles.ADMIN)
        public String e() {
            return "";
        }
    }
}
