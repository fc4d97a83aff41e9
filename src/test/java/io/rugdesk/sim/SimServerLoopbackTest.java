package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real loopback: socket.io-client-java against the simulator over WebSocket and long-polling. */
class SimServerLoopbackTest {

    private SimServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new SimServer(SimConfig.defaults().withSpeed(50).withSeeds(List.of(), 42)).start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "polling={0}")
    @ValueSource(booleans = {false, true})
    void snapshotFirstThenLoginThenABuyWhosePlayerUpdateComesBeforeTheAck(boolean polling) throws Exception {
        assertThat(server.port()).isPositive();
        try (SimProbe probe = new SimProbe(server.url(), polling)) {
            SimProbe.Received first = probe.awaitEvent("gameStateUpdate");
            assertThat(probe.indexOf(first)).isZero();
            assertThat(first.args()).hasSize(1);
            assertThat(first.json().has("prices")).isTrue();
            assertThat(first.json().length()).isEqualTo(36);
            probe.awaitEvent("maintenanceUpdate");
            assertThat(probe.find("maintenanceUpdate", r -> true).orElseThrow().args()).hasSize(2);

            probe.socket.emit("authenticate", new JSONObject().put("__trace", true), new JSONObject().put("token", "t"));
            SimProbe.Received login = probe.awaitEvent("playerUpdate");
            SimProbe.Received name = probe.awaitEvent("usernameStatus");
            assertThat(probe.indexOf(login)).isLessThan(probe.indexOf(name));
            assertThat(login.json().getBoolean("authenticated")).isTrue();
            assertThat(login.json().getBigDecimal("cash")).isEqualByComparingTo("10");
            assertThat(name.args()).hasSize(2);

            probe.awaitEvent("gameStateUpdate", r -> r.json().optBoolean("allowPreRoundBuys")
                    || (r.json().optBoolean("active") && !r.json().optBoolean("rugged")), Duration.ofSeconds(20));
            probe.emitWithAck("buyOrder", new JSONObject().put("amount", new BigDecimal("0.01")));
            SimProbe.Received ack = probe.awaitEvent("ack:buyOrder");
            assertThat(ack.json().getBoolean("success")).isTrue();
            SimProbe.Received bought = probe.awaitEvent("playerUpdate",
                    r -> r.json().getBigDecimal("positionQty").signum() > 0, Duration.ofSeconds(1));
            assertThat(probe.indexOf(bought)).isLessThan(probe.indexOf(ack));
            assertThat(bought.json().getBigDecimal("cash")).isEqualByComparingTo("9.99");
            probe.awaitEvent("gameStatePlayerUpdate", r -> r.json().has("leaderboardEntry"), Duration.ofSeconds(5));
        }
    }
}
