package org.amtsplan.disruption.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amtsplan.scheduling.api.DisruptionScope;

/**
 * A declared outage: the units and locations it hits and its window. The scope key makes a second
 * declaration of the same outage find this one instead of cancelling anything again.
 */
@Entity
@Table(name = "dis_disruption")
public class Disruption {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "scope_key", nullable = false)
    private String scopeKey;

    @Column(name = "units", nullable = false)
    private String units;

    @Column(name = "locations", nullable = false)
    private String locations;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "declared_by", nullable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "cancelled", nullable = false)
    private int cancelled;

    protected Disruption() {}

    Disruption(
            String id,
            DisruptionScope scope,
            String reason,
            String declaredBy,
            Instant declaredAt) {
        this.id = id;
        this.scopeKey = scopeKey(scope);
        this.units = String.join(",", new TreeSet<>(scope.units()));
        this.locations = String.join(",", new TreeSet<>(scope.locations()));
        this.startsAt = scope.from();
        this.endsAt = scope.to();
        this.reason = reason;
        this.status = "DECLARED";
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    static String scopeKey(DisruptionScope scope) {
        String key =
                String.join(",", new TreeSet<>(scope.units()))
                        + "|"
                        + String.join(",", new TreeSet<>(scope.locations()))
                        + "|"
                        + scope.from()
                        + "|"
                        + scope.to();
        return key.length() <= 255
                ? key
                : Integer.toHexString(key.hashCode()) + key.substring(key.length() - 200);
    }

    DisruptionScope scope() {
        return new DisruptionScope(split(units), split(locations), startsAt, endsAt);
    }

    void lifted() {
        this.status = "LIFTED";
    }

    void cancelled(int count) {
        this.cancelled = count;
    }

    private static Set<String> split(String joined) {
        return Arrays.stream(joined.split(","))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    String id() {
        return id;
    }

    java.time.Instant declaredAt() {
        return declaredAt;
    }

    String reason() {
        return reason;
    }

    String status() {
        return status;
    }

    int cancelledCount() {
        return cancelled;
    }
}
