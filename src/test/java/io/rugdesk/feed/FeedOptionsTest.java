package io.rugdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedOptionsTest {

    @Test
    void defaultsFollowTheProtocol() {
        FeedOptions options = FeedOptions.of("https://backend.rugs.fun");
        assertThat(options.path()).isEqualTo("/socket.io/");
        assertThat(options.query()).isEqualTo("frontend-version=1.0");
        assertThat(options.transports()).containsExactly("websocket", "polling");
        assertThat(options.maxReconnectAttempts()).isZero();
        assertThat(options.token()).isEmpty();
    }

    @Test
    void webSocketSchemesMapToTheirHttpOrigin() {
        assertThat(FeedOptions.of("wss://backend.rugs.fun/socket.io/").origin())
                .isEqualTo(URI.create("https://backend.rugs.fun"));
        assertThat(FeedOptions.of("ws://127.0.0.1:4000").origin()).isEqualTo(URI.create("http://127.0.0.1:4000"));
        assertThat(FeedOptions.of("http://localhost:9").origin()).isEqualTo(URI.create("http://localhost:9"));
    }

    @Test
    void theTokenNeverShowsInText() {
        FeedOptions options = FeedOptions.of("https://backend.rugs.fun").withToken("secret-privy-token");
        assertThat(options.token()).contains("secret-privy-token");
        assertThat(options.toString()).doesNotContain("secret").contains("token=***");
        assertThat(FeedOptions.of("https://backend.rugs.fun").withToken(" ").token()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> FeedOptions.of("ftp://example.com")).hasMessageContaining("http, https, ws or wss");
        assertThatThrownBy(() -> FeedOptions.of("http://x").withTransports(List.of("carrier-pigeon")))
                .hasMessageContaining("unknown transport carrier-pigeon");
    }
}
