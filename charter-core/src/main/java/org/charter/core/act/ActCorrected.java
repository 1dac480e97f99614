package org.charter.core.act;

import java.time.Instant;

/**
 * An earlier entry's valid time was wrong: from this act's recorded time the act {@code corrects} is taken as having
 * happened at {@code validAt}, and the record is judged again from the earlier of the two times. The chain keeps both
 * entries; a query as recorded before this act still sees the old time.
 */
public record ActCorrected(ActMeta meta, String corrects, Instant validAt, @Nullable String reason)
    implements BindingAct {}
