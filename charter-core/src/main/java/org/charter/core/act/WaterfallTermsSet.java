package org.charter.core.act;

import java.util.List;

/** The terms by which an entity's distributions are split: phases in priority order, each giving shares to classes until a stop condition, then everything to the residual holder; where a capped holder's share goes. */
public record WaterfallTermsSet(
    ActMeta meta,
    @Ref(Ref.RefKind.ENTITY) String entity,
    List<Phase> phases,
    @Ref(Ref.RefKind.PARTY) String residualHolder,
    ExcessRule excessTo) implements BindingAct {}
