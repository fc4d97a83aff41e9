package io.rugdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rugdesk.protocol.WireJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect CAPTURE}: replays a capture through the live decoding path and prints one JSON report to
 * stdout (issue 2); sent records, markers and unreadable lines are summarised on stderr. Exit 0, or 2 when the
 * file cannot be read. Thread: the main thread.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Replay a capture file through the codec and game lifecycle; print a JSON report.")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAPTURE", description = "capture file (.jsonl or key-samples .json)")
    Path capture;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaptureInspector.Result result;
        try {
            result = CaptureInspector.inspect(capture);
        } catch (IOException e) {
            err.println("inspect: cannot read " + capture + ": " + e);
            err.flush();
            return 2;
        }
        try {
            out.println(WireJson.mapper().writeValueAsString(result.report()));
        } catch (JsonProcessingException e) {
            err.println("inspect: cannot write the report: " + e.getOriginalMessage());
            err.flush();
            return 1;
        }
        out.flush();
        err.println("inspect: " + result.markers() + " marker record(s), sent " + result.sentEvents()
                + ", " + result.malformedCount() + " unreadable record(s)");
        result.malformed().forEach(m -> err.println("inspect: skipped " + m.reason()));
        err.flush();
        return 0;
    }
}
