/**
 * The Swing window. It depends on nothing of the domain: the app wires three types of this package.
 * <ul>
 *   <li>{@link io.rugdesk.ui.UiSnapshot}: an immutable record of everything shown, built by the domain thread;</li>
 *   <li>{@link io.rugdesk.ui.SnapshotSource}: the latest snapshot, read by a Swing Timer every 100 ms;</li>
 *   <li>{@link io.rugdesk.ui.UiCommands}: every action, called on the EDT, posted to the domain, never waited on.</li>
 * </ul>
 * {@link io.rugdesk.ui.MainWindow#create} builds the window; {@link io.rugdesk.ui.EdtStallMonitor} measures the
 * worst EDT stall ({@code scripts/edt-stall.sh} measures it on the real app against the embedded simulator).
 */
package io.rugdesk.ui;
