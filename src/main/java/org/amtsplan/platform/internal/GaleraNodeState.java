package org.amtsplan.platform.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a Galera node may take work, from its {@code SHOW GLOBAL STATUS LIKE 'wsrep_%'}: only a
 * node that is Synced, in the primary component (it has quorum) and ready. A joiner, a donor, a
 * desynced node or the minority side of a split would either refuse statements or answer from a
 * state the rest of the cluster has moved past, so the instance in front of it reports not ready
 * and the balancer sends its work elsewhere.
 */
final class GaleraNodeState {

    private GaleraNodeState() {}

    /** Why the node cannot take work, or empty when it can. */
    static Optional<String> notReadyBecause(Map<String, String> wsrepStatus) {
        if (!"Primary".equals(wsrepStatus.get("wsrep_cluster_status"))) {
            return Optional.of(
                    "cluster " + wsrepStatus.getOrDefault("wsrep_cluster_status", "unknown"));
        }
        if (!"Synced".equals(wsrepStatus.get("wsrep_local_state_comment"))) {
            return Optional.of(
                    "node " + wsrepStatus.getOrDefault("wsrep_local_state_comment", "unknown"));
        }
        if (!"ON".equals(wsrepStatus.get("wsrep_ready"))) {
            return Optional.of("node not ready");
        }
        return Optional.empty();
    }
}
