package org.charter.bench.gen;

import org.charter.core.act.Act;
import org.charter.core.verdict.Status;

/** One act of a synthetic book and the verdict status the generator meant it to get (null for an annotation). */
public record GeneratedAct(Act act, Status expected) {}
