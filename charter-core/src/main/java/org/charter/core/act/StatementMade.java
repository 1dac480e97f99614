package org.charter.core.act;


/** A public statement; it changes no state. */
public record StatementMade(ActMeta meta, String by, String text) implements Annotation {}
