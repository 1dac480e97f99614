package org.charter.core.act;

/**
 * Anything that happens in a book: a binding act changes state, an annotation only keeps its place on the timeline.
 *
 * <p>Every act is a record whose first component is its {@link ActMeta}: valid time, recorded time, who recorded it and
 * its sources.
 */
public sealed interface Act permits BindingAct, Annotation {
  ActMeta meta();

  default String id() {
    return meta().id();
  }
}
