package io.rugdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        List<InetAddress> outward = outwardAddresses();
        try (SimServer server = new SimServer(SimConfig.defaults().withSpeed(10)).start()) {
            // what the socket is really bound to: loopback answers, every other address of this machine refuses
            assertThat(connects(InetAddress.getLoopbackAddress(), server.port())).isTrue();
            for (InetAddress address : outward) {
                assertThat(connects(address, server.port())).as("reachable on %s", address).isFalse();
            }
            assertThat(InetAddress.getByName(URI.create(server.url()).getHost()).isLoopbackAddress()).isTrue();
            assumeTrue(!outward.isEmpty(), "only the URL was checked: this machine has no address but loopback");
        }
    }

    /** The machine's own addresses that are not loopback (a port bound to 0.0.0.0 would answer on them). */
    private static List<InetAddress> outwardAddresses() throws Exception {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
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
