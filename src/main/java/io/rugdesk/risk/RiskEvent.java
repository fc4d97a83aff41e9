package io.rugdesk.risk;

import io.rugdesk.event.Event;

/** Commands to the risk guard and its facts: refusals, limits reached, the emergency stop. */
public sealed interface RiskEvent extends Event
        permits RequestEmergencyStop, RequestRiskRearm, RequestRiskSettings, OrderRefusedByRisk, RiskStateChanged,
                EmergencyStopEngaged { }
