package org.charter.core.act;

/**
 * An act that puts an entity on the record, with its legal form, jurisdiction and the statute profile that governs
 * it: either its formation ({@link EntityFormed}) or, for an entity that existed before the record meets it, its entry
 * ({@link EntityEntered}). Everything that reads an entity reads it through this type, so the two differ only where
 * the difference matters: what the timeline says happened.
 */
public sealed interface EntityOnRecord extends BindingAct permits EntityFormed, EntityEntered {
  String entity();

  String name();

  EntityKind kind();

  String jurisdiction();

  String profile();

  /** Null where the record does not say whether the entity has members. */
  @Nullable Boolean hasMembers();

  /** The same act with {@code hasMembers} set, as an analysis that flips that fact needs. */
  EntityOnRecord withHasMembers(@Nullable Boolean members);
}
