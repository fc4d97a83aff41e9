package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rugdesk.event.Stamp;
import io.rugdesk.testing.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is done to a real frame (truncation, type swaps, huge or negative numbers, deep nesting,
 * flipped characters), decode returns exactly one event and never throws. Seeded, so a failure reproduces.
 */
class WireCodecMutationTest {

    private static final long SEED = 20251212L;
    private static final int MUTATIONS = 3_000;
    private static final ObjectMapper MAPPER = WireJson.mapper();

    @Test
    void noMutationOfARealFrameMakesDecodeThrow() throws Exception {
        List<CaptureRecord> frames = new ArrayList<>();
        for (CaptureRecord r : CaptureRecords.all(Fixtures.capture1212())) {
            // the small frames carry every gameStateUpdate shape but the ~300 KB extended ones (kept out for speed)
            if (r.isServerEvent() && WireCodec.isKnown(r.eventName())
                    && r.argumentsJson().length() < 8_000) {
                frames.add(r);
            }
        }
        assertThat(frames).hasSizeGreaterThan(100);
        Random random = new Random(SEED);
        WireCodec codec = new WireCodec();
        for (int i = 0; i < MUTATIONS; i++) {
            CaptureRecord original = frames.get(random.nextInt(frames.size()));
            String mutated = mutate(original.argumentsJson(), random);
            int attempt = i;
            assertThatCode(() -> {
                FeedEvent event = codec.decode(original.eventName(), mutated, new Stamp(attempt, 0));
                assertThat(event).isNotNull();
                assertThat(event.eventName()).isEqualTo(original.eventName());
            }).as("mutation %d of seq %d (seed %d)", i, original.seq(), SEED).doesNotThrowAnyException();
        }
        assertThat(codec.decodedCount() + codec.rejectedCount()).isEqualTo(MUTATIONS);
        // a mutator that never broke anything would prove nothing
        assertThat(codec.rejectedCount()).isGreaterThan(MUTATIONS / 4);
        assertThat(codec.decodedCount()).isGreaterThan(MUTATIONS / 10);
    }

    private static String mutate(String json, Random random) throws Exception {
        switch (random.nextInt(5)) {
            case 0:
                return json.substring(0, random.nextInt(json.length()));
            case 1: {
                char[] chars = json.toCharArray();
                String noise = "{}[]\":,0-9eE.ntf\\x";
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
                }
                return new String(chars);
            }
            case 2: {
                StringBuilder nested = new StringBuilder();
                int depth = 1 + random.nextInt(200);
                nested.append("[{\"gameId\":\"g\",\"x\":").append("[".repeat(depth)).append("1")
                        .append("]".repeat(depth)).append("}]");
                return random.nextBoolean() ? nested.toString() : "[" + json.repeat(1 + random.nextInt(2)) + "]";
            }
            default: {
                JsonNode tree = MAPPER.readTree(json);
                replaceRandomValue(tree, random, 1 + random.nextInt(3));
                return MAPPER.writeValueAsString(tree);
            }
        }
    }

    /** Walks into a random path of the tree and swaps the value found there for a hostile one. */
    private static void replaceRandomValue(JsonNode root, Random random, int times) {
        for (int t = 0; t < times; t++) {
            JsonNode node = root;
            for (int depth = 0; depth < 6; depth++) {
                List<JsonNode> children = new ArrayList<>();
                node.forEach(children::add);
                if (children.isEmpty()) {
                    break;
                }
                JsonNode child = children.get(random.nextInt(children.size()));
                boolean descend = child.isContainerNode() && random.nextInt(3) > 0;
                if (!descend) {
                    swap(node, children.indexOf(child), random);
                    break;
                }
                node = child;
            }
        }
    }

    private static void swap(JsonNode parent, int index, Random random) {
        JsonNode hostile = hostile(random);
        if (parent instanceof ArrayNode array) {
            array.set(index, hostile);
        } else if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(index), hostile);
        }
    }

    private static JsonNode hostile(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> MAPPER.getNodeFactory().textNode("not a number");
            case 1 -> MAPPER.getNodeFactory().numberNode(new BigDecimal("1e400"));
            case 2 -> MAPPER.getNodeFactory().numberNode(-1 - random.nextInt(1_000));
            case 3 -> MAPPER.getNodeFactory().numberNode(new BigDecimal("-1e-400"));
            case 4 -> MAPPER.getNodeFactory().nullNode();
            case 5 -> MAPPER.getNodeFactory().booleanNode(random.nextBoolean());
            case 6 -> MAPPER.createArrayNode().add(1).add("x");
            case 7 -> MAPPER.createObjectNode().put("__trace", true).put("traceparent", "00-x-y-01");
            case 8 -> MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE);
            default -> MAPPER.getNodeFactory().numberNode(new BigDecimal("0.5"));
        };
    }
}
