package org.charter.scenario;

import java.util.List;
import org.charter.core.act.Nullable;
import org.charter.core.act.Source;

/** The fields of a variant file beside its {@code acts:}, read with the acts' mapper so that errors read alike. */
record VariantHeader(
    String id,
    String title,
    @Nullable String description,
    @Nullable String base,
    @Nullable List<Source> sources,
    @Nullable List<String> drop) {}
