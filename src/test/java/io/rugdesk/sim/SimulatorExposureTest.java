package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The simulator is not a door into the machine: by default it listens on the loopback interface only, and a
 * socket that has not authenticated cannot place any order (buy, sell or sidebet).
 */
class SimulatorExposureTest {

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertThat(SimConfig.defaults().host()).isEqualTo("127.0.0.1");
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(10)).start()) {
            assertThat(InetAddress.getByName(URI.create(server.url()).getHost()).isLoopbackAddress()).isTrue();
        }
    }

    @Test
    void refusesEveryOrderFromAnUnauthenticatedSocket() throws Exception {
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(10)).start();
             SimProbe probe = new SimProbe(server.url(), false)) {
            probe.awaitEvent("gameStateUpdate");
            probe.emitWithAck("buyOrder", new JSONObject().put("amount", new BigDecimal("0.01")));
            probe.emitWithAck("sellOrder", new JSONObject().put("percentage", 100));
            probe.emitWithAck("requestSidebet", new JSONObject().put("amount", new BigDecimal("0.01"))
                    .put("xPayout", 5));

            for (String order : new String[] {"buyOrder", "sellOrder", "requestSidebet"}) {
                assertThat(probe.awaitEvent("ack:" + order).json().getString("error")).as(order)
                        .isEqualTo("NOT_AUTHENTICATED");
            }
            assertThat(probe.all("playerUpdate")).isEmpty();
        }
    }
}
