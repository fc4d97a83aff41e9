/** The player's history: every recording of the recording folder read into the backtest's figures. */
package io.rugdesk.app.history;
