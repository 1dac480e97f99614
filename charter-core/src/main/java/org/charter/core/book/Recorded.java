package org.charter.core.book;

import org.charter.core.act.Act;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.verdict.Verdict;

/** An act as the book holds it: the act, its verdict (null for an annotation) and its ledger entry. */
public record Recorded(Act act, Verdict verdict, LedgerEntry entry) {}
