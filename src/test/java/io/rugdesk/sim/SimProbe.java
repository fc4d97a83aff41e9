package io.rugdesk.sim;

import static org.awaitility.Awaitility.await;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.json.JSONObject;

/**
 * A real socket.io-client-java connection to the simulator that records every incoming event and every ACK in
 * arrival order (both arrive on the client's single EventThread, so the order is the wire order).
 */
final class SimProbe implements AutoCloseable {

    /** One received event (or {@code ack:<request>} for an acknowledgement). */
    record Received(String event, Object[] args) {
        Object payload() {
            return args.length == 0 ? null : args[args.length - 1];
        }

        JSONObject json() {
            return (JSONObject) payload();
        }

        @Override
        public String toString() {
            return event + Arrays.toString(args).substring(0, Math.min(200, Arrays.toString(args).length()));
        }
    }

    final Socket socket;
    final List<Received> received = new CopyOnWriteArrayList<>();

    SimProbe(String url, boolean polling) throws Exception {
        IO.Options options = IO.Options.builder()
                .setTransports(new String[] {polling ? Polling.NAME : WebSocket.NAME})
                .setReconnection(false).setForceNew(true).build();
        socket = IO.socket(url, options);
        socket.onAnyIncoming(args -> received.add(new Received((String) args[0],
                Arrays.copyOfRange(args, 1, args.length))));
        socket.connect();
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);
    }

    void emitWithAck(String event, Object... args) {
        socket.emit(event, args, reply -> received.add(new Received("ack:" + event, reply)));
    }

    Received awaitEvent(String event, Predicate<Received> condition, Duration timeout) {
        return await().pollInterval(Duration.ofMillis(2)).atMost(timeout).until(() -> find(event, condition), Optional::isPresent).get();
    }

    Received awaitEvent(String event) {
        return awaitEvent(event, r -> true, Duration.ofSeconds(10));
    }

    Optional<Received> find(String event, Predicate<Received> condition) {
        return received.stream().filter(r -> r.event().equals(event) && condition.test(r)).findFirst();
    }

    List<Received> all(String event) {
        List<Received> matching = new ArrayList<>();
        received.stream().filter(r -> r.event().equals(event)).forEach(matching::add);
        return matching;
    }

    int indexOf(Received r) {
        return received.indexOf(r);
    }

    @Override
    public void close() {
        socket.close();
    }
}
