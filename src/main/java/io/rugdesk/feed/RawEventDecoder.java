package io.rugdesk.feed;

import io.socket.parser.DecodingException;
import io.socket.parser.IOParser;
import io.socket.parser.Packet;
import io.socket.parser.Parser;
import org.json.JSONArray;

/**
 * socket.io-client's packet decoder ({@code IO.Options.decoder}) that reads only the header of an EVENT packet
 * (type, namespace, ack id) and its event name, and hands the rest on as text ({@link RawArguments}) for
 * {@link io.rugdesk.protocol.WireCodec} to decode in one streaming pass. The library's own decoder parsed
 * every packet into an org.json tree first, which was most of the feed's cost (docs/performance.md).
 *
 * <p>Everything else goes to the library's decoder unchanged: CONNECT, DISCONNECT, CONNECT_ERROR, ACK (order
 * answers, turned into text by {@link SocketArguments} as before), binary packets and their attachments, and
 * any EVENT whose header or name this class does not read the way the library would (an escaped or non-string
 * name, an unusual ack id, no data); the library then decides, with its own {@link DecodingException}s.
 * What changes: the arguments of an EVENT are no longer checked for JSON syntax here; the codec checks them,
 * so a damaged event becomes a {@code FrameRejected} with its reason (or, for an unknown name, an
 * {@code UnknownEvent} with its text) where the library dropped it silently.
 *
 * <p>Thread: socket.io-client calls it on its EventThread only (one decoder per Manager).
 */
final class RawEventDecoder implements Parser.Decoder {

    private final IOParser.Decoder library = new IOParser.Decoder();
    private Callback callback;
    /** Binary attachments the library's decoder still waits for: text goes to it meanwhile, as it expects. */
    private int attachmentsPending;

    @Override
    public void add(String packet) {
        if (attachmentsPending == 0 && !packet.isEmpty() && packet.charAt(0) == '0' + Parser.EVENT) {
            Packet<JSONArray> event = eventOrNull(packet);
            if (event != null) {
                if (callback != null) {
                    callback.call(event);
                }
                return;
            }
        }
        library.add(packet);
        int type = Character.getNumericValue(packet.charAt(0));
        if (type == Parser.BINARY_EVENT || type == Parser.BINARY_ACK) {
            attachmentsPending = Integer.parseInt(packet.substring(1, packet.indexOf('-')));
        }
    }

    @Override
    public void add(byte[] attachment) {
        library.add(attachment);
        if (attachmentsPending > 0) {
            attachmentsPending--;
        }
    }

    @Override
    public void destroy() {
        library.destroy();
        callback = null;
        attachmentsPending = 0;
    }

    @Override
    public void onDecoded(Callback decoded) {
        callback = decoded;
        library.onDecoded(decoded);
    }

    /**
     * The EVENT packet with data {@code [name, RawArguments]}, read as the library's {@code decodeString} reads
     * its header ({@code 2[/nsp,][id]data}); null where the library must decide.
     */
    static Packet<JSONArray> eventOrNull(String packet) {
        return eventOrNull(packet, 0);
    }

    /** As {@link #eventOrNull(String)} for the packet starting at {@code from} (after an Engine.IO type). */
    static Packet<JSONArray> eventOrNull(String packet, int from) {
        int length = packet.length();
        int at = from + 1;
        String namespace = "/";
        if (at < length && packet.charAt(at) == '/') {
            int comma = packet.indexOf(',', at);
            namespace = packet.substring(at, comma < 0 ? length : comma);
            at = comma < 0 ? length : comma + 1;
        }
        int idStart = at;
        while (at < length && packet.charAt(at) >= '0' && packet.charAt(at) <= '9') {
            at++;
        }
        if (at - idStart > 9 || (at < length && Character.getNumericValue(packet.charAt(at)) >= 0)) {
            return null;   // an id past int or one the library reads differently (letters count as digits there)
        }
        int id = at == idStart ? -1 : Integer.parseInt(packet, idStart, at, 10);
        at = skipWhitespace(packet, at);
        if (at >= length || packet.charAt(at) != '[') {
            return null;
        }
        int nameStart = skipWhitespace(packet, at + 1);
        if (nameStart >= length || packet.charAt(nameStart) != '"') {
            return null;
        }
        int nameEnd = nameStart + 1;
        while (nameEnd < length && packet.charAt(nameEnd) != '"') {
            if (packet.charAt(nameEnd) == '\\' || packet.charAt(nameEnd) < ' ') {
                return null;   // escapes: the library unescapes
            }
            nameEnd++;
        }
        int after = skipWhitespace(packet, nameEnd + 1);
        if (after >= length || (packet.charAt(after) != ',' && packet.charAt(after) != ']')) {
            return null;
        }
        String arguments = packet.charAt(after) == ']' ? "[]" : "[" + packet.substring(after + 1);
        JSONArray data = new JSONArray();
        data.put(packet.substring(nameStart + 1, nameEnd));
        data.put(new RawArguments(arguments));
        Packet<JSONArray> event = new Packet<>(Parser.EVENT, data);
        event.nsp = namespace;
        event.id = id;
        return event;
    }

    private static int skipWhitespace(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n'
                || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }
}
