package org.amtsplan.identity.internal;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.OwnerResolver;
import org.amtsplan.identity.OwnerResolver.Owner;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * The one place that decides who may call what, before any use case runs. It reads the resource
 * method's declarations: {@code @PermitAll} (citizens too), {@code @RolesAllowed} (which staff
 * roles), {@code @DenyAll}, and {@link ScopedBy} (whose object it is). A method without a
 * declaration is refused. Admins act on every unit; heads and clerks on the units of their account;
 * a dealer account on its own dealer's objects only.
 *
 * <p>Refusals, as the API contract names them: 401 without a login (the authentication filter
 * already answered a wrong one), 403 for a signed-in caller lacking the role or acting outside
 * their units or dealer, 404 for an object id that exists nowhere.
 */
@Priority(Priorities.AUTHORIZATION)
@jakarta.ws.rs.ext.Provider
public class AccessFilter implements ContainerRequestFilter {

    @Context ResourceInfo resourceInfo;

    @Inject CurrentStaff currentStaff;
    @Inject @Any Instance<OwnerResolver> resolvers;

    private volatile Map<String, OwnerResolver> resolversByKind;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return; // no resource matched: JAX-RS answers 404 or 405 itself
        }
        Optional<StaffMember> caller = currentStaff.get();
        caller.ifPresent(
                staff ->
                        currentStaff.authorised(
                                unit ->
                                        isAdmin(staff)
                                                || (!isDealer(staff)
                                                        && staff.units().contains(unit))));
        try {
            checkRoles(method, caller);
            ScopedBy scope = method.getAnnotation(ScopedBy.class);
            if (scope != null && caller.isPresent()) {
                checkScope(scope, caller.get(), request);
            }
        } catch (ProblemException refused) {
            drain(request);
            request.abortWith(ProblemResponses.of(refused, Languages.of(request)));
        }
    }

    /**
     * Reads what is left of a refused request's body, so a client still sending it gets the answer.
     */
    private static void drain(ContainerRequestContext request) {
        try {
            request.getEntityStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone or the body was read already: nothing to drain
        }
    }

    /** Whether a method is open to the public (citizens), by the same declarations as below. */
    static boolean isPublic(Method method) {
        if (method == null || method.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class)
                        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class));
    }

    private void checkRoles(Method method, Optional<StaffMember> caller) {
        Class<?> type = method.getDeclaringClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            throw caller.isPresent() ? forbidden() : unauthorised();
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (caller.isEmpty()) {
            throw unauthorised();
        }
        if (roles == null
                || List.of(roles.value()).stream().noneMatch(caller.get().roles()::contains)) {
            throw forbidden();
        }
    }

    private void checkScope(ScopedBy scope, StaffMember staff, ContainerRequestContext request) {
        Set<String> values = values(scope, request);
        Owner owner = owner(scope, values);
        if (isAdmin(staff)) {
            return;
        }
        boolean allowed;
        if (owner.units().isEmpty() && owner.dealer() == null) {
            allowed = true; // the request names nothing of any unit: the use case rejects it as
            // invalid
        } else if (isDealer(staff)
                && owner.dealer() == null
                && !scope.resolver().isEmpty()
                && resolver(scope).idsArePublic()) {
            // a dealer booking services of the public catalogue: which services and how many seats
            // a
            // dealer may take is the vehicle registration's rule (dealer services, daily quota),
            // applied
            // by the booking in its transaction
            allowed = true;
        } else if (isDealer(staff)) {
            allowed = owner.dealer() != null && owner.dealer().equals(staff.dealerId());
        } else {
            Set<String> own = new HashSet<>(owner.units());
            own.retainAll(staff.units());
            allowed = scope.everyUnit() ? own.equals(owner.units()) : !own.isEmpty();
        }
        if (!allowed) {
            // the contract's answer for acting outside one's units; ids that exist nowhere are 404
            throw forbidden();
        }
    }

    /** The unit or object ids the request names where the declaration says. */
    private Set<String> values(ScopedBy scope, ContainerRequestContext request) {
        String name;
        List<String> found;
        if (!scope.unit().isEmpty()) {
            return Set.of(scope.unit());
        } else if (!scope.path().isEmpty()) {
            name = scope.path();
            found = request.getUriInfo().getPathParameters().getOrDefault(name, List.of());
        } else if (!scope.query().isEmpty()) {
            name = scope.query();
            found = request.getUriInfo().getQueryParameters().getOrDefault(name, List.of());
        } else if (!scope.body().isEmpty()) {
            name = scope.body();
            found = bodyValues(name, request);
        } else {
            throw new IllegalStateException(
                    "@ScopedBy names no source on " + resourceInfo.getResourceMethod());
        }
        if (found.size() > 1 && scope.body().isEmpty()) {
            // the use case reads one value; checking several would let one's own unit vouch for
            // another's
            throw ProblemException.invalid(name, "identity.validation.oneValueOnly");
        }
        Set<String> values = new HashSet<>();
        found.stream().filter(v -> v != null && !v.isBlank()).forEach(values::add);
        if (values.isEmpty()) {
            throw ProblemException.invalid(name, "platform.validation.required");
        }
        return values;
    }

    /**
     * A member of the JSON body (string or array of strings), or with "*" the whole body as text.
     */
    private static List<String> bodyValues(String member, ContainerRequestContext request) {
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String text = new String(body, StandardCharsets.UTF_8);
        if (member.equals("*")) {
            return List.of(text);
        }
        JsonStructure json;
        try (var reader = JsonObjects.reader(new StringReader(text))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException malformed) {
            throw ProblemException.of(400, "about:blank", "identity.malformedJson");
        }
        if (!(json instanceof JsonObject object) || !object.containsKey(member)) {
            return List.of();
        }
        JsonValue value = object.get(member);
        if (value instanceof JsonString string) {
            return List.of(string.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
        throw ProblemException.invalid(member, "platform.validation.invalid");
    }

    private Owner owner(ScopedBy scope, Set<String> values) {
        if (scope.resolver().isEmpty()) {
            return Owner.units(values);
        }
        OwnerResolver resolver = resolver(scope);
        Set<String> units = new HashSet<>();
        String dealer = null;
        for (String value : values) {
            Owner owner = resolver.ownerOf(value).orElseThrow(AccessFilter::notFound);
            units.addAll(owner.units());
            dealer = owner.dealer();
        }
        return new Owner(Set.copyOf(units), dealer);
    }

    private OwnerResolver resolver(ScopedBy scope) {
        Map<String, OwnerResolver> byKind = resolversByKind;
        if (byKind == null) {
            // the modules' resolvers are application-scoped: found once, not on every request
            byKind =
                    resolvers.stream()
                            .collect(
                                    java.util.stream.Collectors.toUnmodifiableMap(
                                            OwnerResolver::kind, r -> r));
            resolversByKind = byKind;
        }
        return Optional.ofNullable(byKind.get(scope.resolver()))
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no OwnerResolver of kind " + scope.resolver()));
    }

    private static boolean isAdmin(StaffMember staff) {
        return staff.roles().contains(StaffRoles.ADMIN);
    }

    private static boolean isDealer(StaffMember staff) {
        return staff.roles().contains(StaffRoles.DEALER) && !isAdmin(staff);
    }

    private static ProblemException unauthorised() {
        return ProblemException.of(401, "about:blank", "identity.authenticationRequired");
    }

    private static ProblemException forbidden() {
        return ProblemException.forbidden("identity.forbidden");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("identity.noSuchThing");
    }
}
