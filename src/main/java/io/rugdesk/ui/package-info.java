/**
 * The Swing window. It depends on nothing of the domain: the app wires three types of this package.
 * <ul>
 *   <li>{@link io.rugdesk.ui.UiSnapshot}: an immutable record of everything shown, built by the domain thread;</li>
 *   <li>{@link io.rugdesk.ui.SnapshotSource}: the latest snapshot, read by a Swing Timer every 100 ms;</li>
 *   <li>{@link io.rugdesk.ui.UiCommands}: every action, called on the EDT, posted to the domain, never waited on.</li>
 * </ul>
 * {@link io.rugdesk.ui.MainWindow#create} builds the window; {@link io.rugdesk.ui.EdtStallMonitor} measures the
 * worst EDT stall. {@code io.rugdesk.ui.demo.DemoMain} shows the window on fake snapshots:
 * <pre>
 *   ./mvnw -B -o -q compile
 *   xvfb-run -a java -cp target/classes:$(deps) io.rugdesk.ui.demo.DemoMain --speed 20 --seconds 60 --measure-stalls
 * </pre>
 */
package io.rugdesk.ui;
