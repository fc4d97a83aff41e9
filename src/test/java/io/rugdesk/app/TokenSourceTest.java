package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token's sources in order: file, environment, (console prompt, not reachable from a test), none. */
class TokenSourceTest {

    @TempDir
    Path dir;

    @Test
    void aFileWinsOverTheEnvironmentAndIsTrimmed() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "  secret-from-file\n");
        assertThat(TokenSource.read(file, Map.of(TokenSource.ENV, "secret-from-env"), true, null))
                .isEqualTo("secret-from-file");
    }

    @Test
    void theEnvironmentVariableIsUsedWithoutAFile() throws IOException {
        assertThat(TokenSource.read(null, Map.of(TokenSource.ENV, " secret-from-env "), false, null))
                .isEqualTo("secret-from-env");
    }

    @Test
    void noneAnywhereAndNoConsoleMeansNoToken() throws IOException {
        assertThat(TokenSource.read(null, Map.of(TokenSource.ENV, "  "), true, null)).isNull();
    }

    @Test
    void anEmptyOrMissingFileIsAClearErrorThatDoesNotEchoContent() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), " \n");
        assertThatThrownBy(() -> TokenSource.read(empty, Map.of(), false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> TokenSource.read(dir.resolve("missing"), Map.of(), false, null))
                .isInstanceOf(IOException.class);
    }
}
