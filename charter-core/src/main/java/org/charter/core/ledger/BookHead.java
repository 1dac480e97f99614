package org.charter.core.ledger;

/** What a list of books says of one without reading its entries: how many it has, and its last entry's hash (hex). */
public record BookHead(long size, String hashHex) {}
