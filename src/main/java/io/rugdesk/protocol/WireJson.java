package io.rugdesk.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for wire JSON: every fractional number becomes an exact {@code BigDecimal}
 * (never a double, design.md §4), trailing zeros are kept as sent, and parsing is bounded so a hostile frame
 * cannot exhaust the stack or the heap. Thread: the mapper is immutable after construction, safe everywhere.
 */
public final class WireJson {

    /** Deeper than any real frame (gameHistory → globalSidebets → entry is 5 levels). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number literal accepted; real numbers have at most ~25 characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest string value accepted. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    private static final ObjectMapper MAPPER = newMapper();

    private WireJson() {
    }

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A fresh mapper with the wire configuration (for code that must configure further). */
    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
