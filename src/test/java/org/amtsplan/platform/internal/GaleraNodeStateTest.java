package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GaleraNodeStateTest {

    static Map<String, String> status(String cluster, String state, String ready) {
        return Map.of(
                "wsrep_cluster_status", cluster,
                "wsrep_local_state_comment", state,
                "wsrep_ready", ready);
    }

    @Test
    void aSyncedNodeOfThePrimaryComponentTakesWork() {
        assertTrue(GaleraNodeState.notReadyBecause(status("Primary", "Synced", "ON")).isEmpty());
    }

    @Test
    void theMinoritySideOfASplitDoesNot() {
        assertEquals(
                Optional.of("cluster non-Primary"),
                GaleraNodeState.notReadyBecause(status("non-Primary", "Initialized", "OFF")));
    }

    @Test
    void aJoinerADonorOrADesyncedNodeDoesNot() {
        assertEquals(
                Optional.of("node Joining: receiving State Transfer"),
                GaleraNodeState.notReadyBecause(
                        status("Primary", "Joining: receiving State Transfer", "OFF")));
        assertEquals(
                Optional.of("node Donor/Desynced"),
                GaleraNodeState.notReadyBecause(status("Primary", "Donor/Desynced", "ON")));
    }

    @Test
    void aNodeThatDoesNotSayItIsReadyDoesNot() {
        assertEquals(
                Optional.of("node not ready"),
                GaleraNodeState.notReadyBecause(status("Primary", "Synced", "OFF")));
        assertEquals(Optional.of("cluster unknown"), GaleraNodeState.notReadyBecause(Map.of()));
    }
}
