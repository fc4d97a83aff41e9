package io.rugdesk.app;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the authentication token comes from, in this order: a file ({@code --token-file}), the environment
 * variable {@value #ENV}, or a masked prompt on the console when connecting to a real server. The token is never
 * logged, printed or shown. Thread: the caller's (the command's main thread).
 */
final class TokenSource {

    static final String ENV = "RUGDESK_TOKEN";

    private TokenSource() {
    }

    /**
     * @param tokenFile a file holding the token (surrounding white space ignored), or null
     * @param prompt    whether to ask on the console when neither file nor variable gives one
     * @param console   the console to ask on, or null when there is none (then no token)
     * @return the token, or null when there is none
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the file is empty
     */
    static String read(Path tokenFile, Map<String, String> env, boolean prompt, Console console) throws IOException {
        if (tokenFile != null) {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
            }
            return token;
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        if (prompt && console != null) {
            char[] typed = console.readPassword("Token (input hidden; Enter for none): ");
            String token = typed == null ? "" : new String(typed).strip();
            java.util.Arrays.fill(typed == null ? new char[0] : typed, ' ');
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
