package org.charter.core.act;

/** An act that changes no state (a public statement, a market move) but keeps its place on the timeline. */
public sealed interface Annotation extends Act permits StatementMade, MarketMoved {}
