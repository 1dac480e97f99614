package org.charter.documents;

/** A ledger entry a document rests on: its number in the book, the act it holds, and the entry's chain hash (hex). */
public record EntryRef(long seq, String actId, String hash) {}
