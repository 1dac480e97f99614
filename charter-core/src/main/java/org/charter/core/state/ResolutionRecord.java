package org.charter.core.state;

import org.charter.core.act.BindingAct;

/**
 * A resolution as the book holds it: the motion or written consent that adopted it, and where it sits. Its body, its
 * numbers and its verdict are read from the state that asks ({@link StateView#bodyOf}, {@link StateView#tallyOf},
 * {@link StateView#verdict}), since a fact recorded later may change them.
 */
public record ResolutionRecord(String resolution, BindingAct act, Stamp stamp) {}
