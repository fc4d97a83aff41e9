package io.rugdesk.risk;

import io.rugdesk.event.Stamp;

/** New limits from the Settings → Risk limits dialog; {@link RiskControl} applies and persists them. */
public record RequestRiskSettings(Stamp stamp, RiskSettings settings) implements RiskEvent { }
