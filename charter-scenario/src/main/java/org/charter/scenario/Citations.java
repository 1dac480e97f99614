package org.charter.scenario;

import java.util.List;
import org.charter.core.act.Source;
import org.charter.core.report.CitedSource;
import org.yaml.snakeyaml.nodes.Node;

/** Checks that every source of the acts read, but an assumption, names an entry of the scenario's sources.yaml. */
final class Citations {
  private Citations() {}

  static void check(SourceList list, List<ActReader.ReadAct> read) {
    if (!list.present()) {
      return;
    }
    for (ActReader.ReadAct r : read) {
      check(list, r.act().meta().sources(), r.node(), r.sink());
    }
  }

  /** Checks the sources listed under {@code sources:} of {@code owner} (an act, or a variant's header). */
  static void check(SourceList list, List<Source> sources, Node owner, ProblemSink sink) {
    if (!list.present()) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (SourceList.needsEntry(s) && list.resolve(s).isEmpty()) {
        sink.add(ActReader.at(owner, List.of("sources", i, CitedSource.kindName(s.kind()))), "sources[" + i + "]: "
            + unresolved(s));
      }
    }
  }

  /** Why a source does not resolve, naming what sources.yaml would need. */
  static String unresolved(Source s) {
    if (s.kind() == Source.SourceKind.SEED) {
      return "seed " + s.ref() + " has no entry in sources.yaml (add one with key: seed " + s.ref()
          + " and the seed's file)";
    }
    return "no key of sources.yaml begins the " + CitedSource.kindName(s.kind()) + " text '" + s.ref()
        + "' (write it as the key of an entry, such as \"Wired, 19 Nov 2023\", then the detail, or add the entry)";
  }
}
