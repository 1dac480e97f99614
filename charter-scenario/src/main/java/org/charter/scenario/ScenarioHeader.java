package org.charter.scenario;

import org.charter.core.act.Nullable;

/** The fields of scenario.yaml, read with the same mapper as acts so that its errors read the same way. */
record ScenarioHeader(
    String id, String title, String timezone, @Nullable String recordedBy, @Nullable String description) {}
