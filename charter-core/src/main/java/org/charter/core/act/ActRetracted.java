package org.charter.core.act;

/**
 * An earlier entry did not happen: from this act's recorded time the register and the verdicts are as if the act
 * {@code retracts} had never been recorded. The chain keeps both entries; a query as recorded before this act still
 * sees the retracted one.
 */
public record ActRetracted(ActMeta meta, String retracts, @Nullable String reason) implements BindingAct {}
