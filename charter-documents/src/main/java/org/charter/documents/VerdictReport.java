package org.charter.documents;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.ActTypes;
import org.charter.core.book.Recorded;
import org.charter.core.report.ActSummary;
import org.charter.core.state.Register;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/** The verdict report of one act: what it did, when, its status in each register, and each rule's finding. */
final class VerdictReport {
  private VerdictReport() {}

  static Document draw(Draft d) {
    String id = DocumentRequest.required(DocumentKind.Field.ACT, d.request.kind(), d.request.act());
    Recorded r = d.book.find(id).orElseThrow(() -> DocumentException.notFound("act", "no act " + id + " in book "
        + d.book.id()));
    var act = r.judged().act();
    d.basis("Verdicts of the whole record as read, in the legal register and as acted");
    String summary = ActSummary.of(act, d::name);
    d.para(summary.endsWith(".") ? summary : summary + ".");
    d.table(List.of("Field", "Value"), List.of(
        List.of("Act", id + " (" + ActTypes.nameOf(act.getClass()) + ")"),
        List.of("Valid time", Dates.when(act.meta(), d.zone)),
        List.of("Recorded", d.at(act.meta().recordedAt()) + " by " + act.meta().recordedBy()),
        List.of("Ledger entry", d.cite(r) + ", hash " + d.whole.find(id).orElse(r).hashHex())));
    Verdict legal = r.verdict(Register.LEGAL);
    if (legal == null) {
      d.para("An annotation: it is on record as a fact, and no rule judges it.");
      return d.done("Verdict report: " + id, "act " + id);
    }
    Verdict acted = r.verdict(Register.ACTED);
    String cure = r.judged().curedBy();
    String retracted = r.judged().retractedBy();
    d.heading("Verdict");
    d.para("Under the rules: " + legal.label() + (cure == null ? "" : "; cured by " + d.cite(cure)
        + ", which gives it effect") + (retracted == null ? "" : "; retracted by " + d.cite(retracted)) + ".");
    findings(d, legal);
    if (!acted.equals(legal)) {
      d.heading("Judged against the register as acted");
      d.para("As acted: " + acted.label() + ".");
      findings(d, acted);
    }
    return d.done("Verdict report: " + id, "act " + id);
  }

  private static void findings(Draft d, Verdict v) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : v.findings()) {
      rows.add(List.of(f.ruleId(), outcome(f), f.detail(), f.citation() == null ? "" : f.citation()));
    }
    if (rows.isEmpty()) {
      d.para("No rule applies to this act.");
    } else {
      d.table(List.of("Rule", "Finding", "What the rule found", "Citation"), rows);
    }
  }

  private static String outcome(Finding f) {
    return switch (f.outcome()) {
      case MET -> "met";
      case NOT_MET -> "not met (" + f.defect().name().toLowerCase(java.util.Locale.ROOT) + ")";
      case UNKNOWN -> "unknown";
      case WARNING -> "warning";
    };
  }
}
