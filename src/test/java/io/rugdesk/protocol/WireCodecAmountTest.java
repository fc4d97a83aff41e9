package io.rugdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.rugdesk.event.Stamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every amount from the wire is validated: sign (a price must be positive, cash and quantities not negative),
 * range and scale ({@code 1e400}, {@code 1e-400}), and type ({@code "NaN"}, {@code NaN}, {@code Infinity}).
 * A bad amount rejects the frame with a reason naming the field; it never reaches the domain as a number.
 */
class WireCodecAmountTest {

    private final WireCodec codec = new WireCodec();

    @ParameterizedTest(name = "price {0}")
    @CsvSource(delimiter = '|', value = {
        "-1.5        | price must be a positive price, got -1.5",
        "0           | price must be a positive price, got 0",
        "0.000       | price must be a positive price, got 0.000",
        "1e400       | price is out of range: 1E+400",
        "-1e400      | price is out of range: -1E+400",
        "1E-400      | price has too many decimals: 1E-400",
        "\"NaN\"     | price must be a number, got string \"NaN\"",
        "NaN         | malformed JSON",
        "Infinity    | malformed JSON",
    })
    void aBadTickPriceRejectsTheFrame(String price, String reason) {
        FeedEvent event = codec.decode(GameStateUpdate.EVENT,
                "[{\"gameId\":\"20251212-x\",\"active\":true,\"tickCount\":3,\"price\":" + price + "}]",
                new Stamp(1, 0));

        assertThat(event).isInstanceOfSatisfying(FrameRejected.class,
                rejected -> assertThat(rejected.reason()).startsWith(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "partialPrices  | {\"startTick\":1,\"endTick\":2,\"values\":{\"1\":1.01,\"2\":-0.5}} | partialPrices.values.2 must be a positive price, got -0.5",
        "prices         | [1, 1.02, 0]                                                  | prices[2] must be a positive price, got 0",
    })
    void aBadPriceInAListRejectsTheFrame(String field, String value, String reason) {
        FeedEvent event = codec.decode(GameStateUpdate.EVENT,
                "[{\"gameId\":\"20251212-x\",\"active\":true,\"tickCount\":3,\"price\":1.02,\"" + field + "\":"
                        + value + "}]", new Stamp(1, 0));

        assertThat(event).isInstanceOfSatisfying(FrameRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "cash        | -0.000000001 | cash must not be negative, got -0.000000001",
        "positionQty | -3           | positionQty must not be negative, got -3",
        "avgCost     | -1.2         | avgCost must not be negative, got -1.2",
        "cash        | 1e400        | cash is out of range: 1E+400",
    })
    void aBadAccountFigureRejectsThePlayerUpdate(String field, String value, String reason) {
        FeedEvent event = codec.decode(PlayerUpdate.EVENT,
                "[{\"id\":\"did:privy:x\",\"cash\":1.5,\"" + field + "\":" + value + "}]", new Stamp(1, 0));

        assertThat(event).isInstanceOfSatisfying(FrameRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"cumulativePnL | -0.25", "pnlPercent | -12.5", "cash | 0"})
    void aLossOrAnEmptyWalletIsNoDamage(String field, String value) {
        FeedEvent event = codec.decode(PlayerUpdate.EVENT,
                "[{\"id\":\"did:privy:x\",\"" + field + "\":" + value + "}]", new Stamp(1, 0));

        assertThat(event).isInstanceOf(PlayerUpdate.class);
    }
}
