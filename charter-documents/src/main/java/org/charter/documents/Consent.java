package org.charter.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.ConsentSignature;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.book.Recorded;
import org.charter.core.sign.ActSignatures;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Verdict;

/**
 * A written consent ready for signature: the resolution each signer signs, a line for each director in office (a
 * consent without a meeting needs them all), who signed on record, and the exact bytes each one's Ed25519 signature is
 * over (docs/rules.md, "Signed votes and consents").
 */
final class Consent {
  private Consent() {}

  static Document draw(Draft d) {
    String id = DocumentRequest.required(DocumentKind.Field.ACT, d.request.kind(), d.request.act());
    Recorded r = d.book.find(id).orElseThrow(() -> DocumentException.notFound("act", "no act " + id + " in book "
        + d.book.id()));
    if (!(r.judged().act() instanceof WrittenConsentSigned c)) {
      throw new DocumentException("act", id + " is a " + org.charter.core.act.ActTypes.nameOf(r.act().getClass())
          + ", not a written-consent-signed");
    }
    StateView before = d.book.state(new Basis(c.meta().validAt().minusNanos(1), d.request.recordedAt()),
        Register.LEGAL);
    String entity = before.body(c.body()).flatMap(b -> before.entity(b.entity())).map(EntityOnRecord::name)
        .orElse(c.body());
    List<String> directors = before.directorIds(c.body());
    d.basis("The directors in office just before " + Dates.when(c.meta(), d.zone) + ", in the legal register");
    d.para("The undersigned, being the directors of " + entity + " in office (" + directors.size() + ": "
        + String.join(", ", d.names(directors)) + "), acting without a meeting, consent to the adoption of the"
        + " following resolution (" + c.resolution() + "):");
    d.para("RESOLVED: " + (c.text() == null ? "the text of the resolution is not on record." : c.text()));
    d.para("Action without a meeting needs the consent of every director in office, in writing (8 Del. C. § 141(f),"
        + " where a Delaware profile governs; the rules' findings below say which apply).");
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String p : directors) {
      boolean signed = c.signers().contains(p);
      boolean ed = c.signatures() != null && c.signatures().stream().map(ConsentSignature::person)
          .anyMatch(p::equals);
      rows.add(List.of(d.name(p), signed ? "yes, " + Dates.when(c.meta(), d.zone) : "no", ed ? "yes" : "no"));
      lines.add(d.name(p));
    }
    for (String p : c.signers()) {
      if (!directors.contains(p)) {
        rows.add(List.of(d.name(p) + " (not a director in office)", "yes", "no"));
      }
    }
    d.heading("Signers on record (" + d.cite(r) + ")");
    d.table(List.of("Director", "Signed", "Ed25519 signature on record"), rows);
    d.signatures(lines);
    Verdict v = r.verdict(Register.LEGAL);
    d.heading("The rules' findings on the consent as recorded");
    d.para("Verdict: " + v.label() + ".");
    d.items(Draft.findings(v));
    d.heading("Signature payload");
    d.para("A director who signs with their key signs these bytes, UTF-8, lines ending in LF: the tag, their person"
        + " id, CONSENT, then the canonical bytes of the consent as recorded with its signatures left out. Any change"
        + " to the act after signing makes every signature fail.");
    for (String p : directors) {
      d.verbatim(d.name(p), new String(ActSignatures.consentPayload(c, p), StandardCharsets.UTF_8));
    }
    return d.done("Written consent of the directors of " + entity, "resolution " + c.resolution());
  }
}
