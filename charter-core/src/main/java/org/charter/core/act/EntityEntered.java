package org.charter.core.act;

/**
 * An entity that already existed enters the record: the first day the record has it, not the day it was formed, which
 * the record does not give. An investor first named in a report, or a counterparty first met in a contract, is
 * entered, not formed, so that no timeline says it was formed that day. It is read like a formation in every other
 * way: form, jurisdiction, statute profile, and whether it has members ({@code hasMembers} null: not on record).
 */
public record EntityEntered(
    ActMeta meta,
    String entity,
    String name,
    EntityKind kind,
    String jurisdiction,
    String profile,
    @Nullable Boolean hasMembers) implements EntityOnRecord {
  @Override
  public EntityEntered withHasMembers(@Nullable Boolean members) {
    return new EntityEntered(meta, entity, name, kind, jurisdiction, profile, members);
  }
}
