package io.rugdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image {@code scripts/package.sh} builds: its launcher starts headless and answers. Building the image
 * takes minutes (jlink, a scripted start for the class list, the archive), so the suite does not build it: this
 * test skips, saying so, where {@code target/jpackage/rugdesk} is absent, and {@code scripts/test.sh} builds the
 * image after the suite and runs this test again with {@code -Drugdesk.requirePackage=true}, which turns the skip
 * into a failure. An image older than the compiled classes is skipped too (it would test another build).
 */
class PackagedLauncherTest {

    private static final Path IMAGE = Path.of("target", "jpackage", "rugdesk");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("rugdesk");
    private static final Path COMPILED_MAIN = Path.of("target", "classes", "io", "rugdesk", "app", "Main.class");

    @TempDir
    Path home;

    @BeforeAll
    static void needsACurrentImage() throws IOException {
        boolean present = Files.isExecutable(LAUNCHER);
        boolean current = present && !Files.getLastModifiedTime(IMAGE.resolve("lib/app/rugdesk.jar"))
                .toInstant().isBefore(Files.getLastModifiedTime(COMPILED_MAIN).toInstant().minusSeconds(1));
        if (Boolean.getBoolean("rugdesk.requirePackage")) {
            assertThat(present).as(LAUNCHER + " (built by scripts/package.sh)").isTrue();
            assertThat(current).as(IMAGE + " is built from the current classes").isTrue();
        }
        assumeTrue(present, "skipped: no app image at " + LAUNCHER + " (scripts/package.sh builds it; "
                + "scripts/test.sh does after the suite)");
        assumeTrue(current, "skipped: the app image at " + IMAGE + " is older than the compiled classes "
                + "(scripts/package.sh builds it again; scripts/test.sh does after the suite)");
    }

    @Test
    void theLauncherStartsHeadlessAndPrintsTheVersion() throws Exception {
        Run run = launch(List.of("--version"), Map.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output().trim()).isEqualTo("rugdesk " + System.getProperty("rugdesk.version"));
    }

    @Test
    void theLauncherMapsItsClassDataArchive() throws Exception {
        // -Xshare:on makes the JVM refuse to start where it cannot map the archive (else it would fall back)
        Run run = launch(List.of("--version"), Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("rugdesk " + System.getProperty("rugdesk.version"));
    }

    @Test
    void withoutACommandAndWithoutADisplayTheLauncherSaysSoAndExitsWithCode3() throws Exception {
        Run run = launch(List.of(), Map.of());

        assertThat(run.exit()).as(run.output()).isEqualTo(GuiCommand.NO_DISPLAY);
        assertThat(run.output()).contains("no display");
    }

    /**
     * jpackage's native launcher ran {@code rpm -qf} and {@code dpkg -S} on itself, twice, before every start (0.3 s
     * on this machine, more where more packages are installed); the image's launcher asks no package manager. Fake
     * ones first on the PATH note any call.
     */
    @Test
    void theLauncherAsksNoPackageManagerBeforeStarting() throws Exception {
        Path fakes = Files.createDirectories(home.resolve("fake-bin"));
        Path calls = home.resolve("package-manager-calls");
        for (String tool : List.of("dpkg", "dpkg-query", "rpm")) {
            Path fake = fakes.resolve(tool);
            Files.writeString(fake, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\nexit 1\n");
            assertThat(fake.toFile().setExecutable(true)).isTrue();
        }
        Run run = launch(List.of("--version"), Map.of("PATH", fakes + ":" + System.getenv("PATH")));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(calls).as("no package manager was asked").doesNotExist();
    }

    private record Run(int exit, String output) { }

    /** Runs the launcher with no display and its folders under {@code home}. */
    private Run launch(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
