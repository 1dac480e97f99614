package org.charter.core.act;

import java.util.List;

/**
 * A deciding group of an entity (its board, a committee, the members) is established. A committee of the board is
 * designated by a resolution of the board ({@code resolution}), from among the directors ({@code members}), with the
 * powers the resolution delegates ({@code powers}, by what a resolution does); null where the record does not say.
 * Recording the same body again (a later act with the same {@code body}) replaces its members and powers from then.
 */
public record BodyEstablished(
    ActMeta meta,
    String body,
    @Ref(Ref.RefKind.ENTITY) String entity,
    BodyKind kind,
    @Nullable String name,
    @Nullable @Ref(Ref.RefKind.PERSON) List<String> members,
    @Nullable List<ActKind> powers,
    @Nullable @Ref(Ref.RefKind.RESOLUTION) String resolution) implements BindingAct {

  public BodyEstablished {
    members = members == null ? null : List.copyOf(members);
    powers = powers == null ? null : List.copyOf(powers);
  }

  /** A body with no members, powers or designating resolution on record: a board, or the members. */
  public BodyEstablished(ActMeta meta, String body, String entity, BodyKind kind, String name) {
    this(meta, body, entity, kind, name, null, null, null);
  }
}
