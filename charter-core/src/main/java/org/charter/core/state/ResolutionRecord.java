package org.charter.core.state;

import org.charter.core.act.BindingAct;
import org.charter.core.verdict.Verdict;

/** A resolution as the book holds it: the motion or written consent, its numbers and its verdict. */
public record ResolutionRecord(String resolution, String body, BindingAct act, Stamp stamp, Tally tally, Verdict verdict) {}
