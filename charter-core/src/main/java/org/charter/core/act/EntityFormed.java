package org.charter.core.act;


/** An entity is formed, with its legal form, jurisdiction and the statute profile that governs it. {@code hasMembers} null means the record does not say whether it has members. */
public record EntityFormed(
    ActMeta meta,
    String entity,
    String name,
    EntityKind kind,
    String jurisdiction,
    String profile,
    @Nullable Boolean hasMembers) implements EntityOnRecord {
  @Override
  public EntityFormed withHasMembers(@Nullable Boolean members) {
    return new EntityFormed(meta, entity, name, kind, jurisdiction, profile, members);
  }
}
