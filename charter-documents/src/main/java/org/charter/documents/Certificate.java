package org.charter.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.merkle.MerkleTree;
import org.charter.core.merkle.SignedCheckpoint;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;

/**
 * An incumbency (secretary's) certificate: who holds which seat and office of one entity as of a moment, under the
 * rules, with the ledger entries each rests on, the chain head, and, where one is given, a signed checkpoint of the
 * book's tree that holds every one of those entries, so that the recipient can check each with {@code charter prove}
 * and {@code charter verify-proof} against the book's published key.
 */
final class Certificate {
  private Certificate() {}

  static Document draw(Draft d) {
    Instant at = DocumentRequest.required(DocumentKind.Field.AT, d.request.kind(), d.request.at());
    StateView s = d.book.state(new Basis(at, d.request.recordedAt()), Register.LEGAL);
    EntityOnRecord entity = entity(d, s);
    d.basis("Valid time " + d.at(at) + "; register legal (under the rules: a void act gives no seat or office)");
    List<RegisterOfDirectors.Row> rows = RegisterOfDirectors.rows(d, s, List.of(entity));
    d.para("I, the undersigned secretary of " + entity.name() + ", certify that as of " + d.at(at)
        + ", under the rules in force and on the record of book " + d.book.id() + ", the persons named below hold the"
        + " seats and offices shown, each by the act and ledger entry named.");
    List<List<String>> table = new ArrayList<>();
    for (RegisterOfDirectors.Row r : rows) {
      table.add(List.of(r.position(), r.name(), r.since(), r.act(), "#" + r.entry(), r.verdict()
          + (r.curedBy() == null ? "" : ", cured by " + r.curedBy())));
    }
    if (table.isEmpty()) {
      d.para("No seat or office of " + entity.name() + " is held as of " + d.at(at) + ".");
    } else {
      d.table(List.of("Position", "Holder", "Since", "Rests on", "Entry", "Verdict of that act"), table);
    }
    d.heading("Chain");
    String head = d.whole.last().map(org.charter.core.book.Recorded::hashHex).orElse("none");
    d.para("The book's ledger holds " + d.whole.size() + " entries; its chain head (SHA-256 of the last entry) is "
        + head + ". Each entry named above is listed, with its hash, under \"Ledger entries this document rests on\".");
    // The register's rows cited the entries as they went; a checkpoint must hold every one.
    List<EntryRef> named = d.restsOn();
    SignedCheckpoint cp = d.request.checkpoint();
    if (cp == null) {
      d.para("No signed checkpoint was given: the chain head above is what the recipient can compare with the book's"
          + " published head.");
    } else {
      checkpoint(d, cp, named);
    }
    d.signatures(List.of("Secretary of " + entity.name()));
    return d.done("Incumbency certificate of " + entity.name() + " as of " + Dates.day(at, d.zone),
        entity.entity() + ", legal register");
  }

  private static EntityOnRecord entity(Draft d, StateView s) {
    List<EntityOnRecord> entities = RegisterOfDirectors.entities(d, s);
    if (entities.isEmpty()) {
      throw new DocumentException("entity", d.request.entity() == null ? "no entity is on record in book " + d.book.id()
          + " as of that time" : "entity " + d.request.entity() + " is not on record as of that time");
    }
    if (d.request.entity() == null && entities.size() > 1) {
      throw new DocumentException("entity", "book " + d.book.id() + " holds " + entities.size() + " entities; name"
          + " one (" + String.join(", ", entities.stream().map(EntityOnRecord::entity).toList()) + ")");
    }
    return entities.get(0);
  }

  /** The checkpoint must be of this book, state a tree the book still holds, and hold every entry named. */
  private static void checkpoint(Draft d, SignedCheckpoint cp, List<EntryRef> named) {
    var c = cp.checkpoint();
    if (!c.book().equals(d.whole.id())) {
      throw new DocumentException("checkpoint", "the checkpoint is of book " + c.book() + ", not " + d.whole.id());
    }
    List<LedgerEntry> ledger = d.whole.entries();
    if (c.size() > ledger.size() || !Arrays.equals(c.root(),
        MerkleTree.of(ledger.stream().map(LedgerEntry::payload).toList()).root((int) c.size()))) {
      throw new DocumentException("checkpoint", "the book does not hold the tree the checkpoint states (" + c.size()
          + " entries, root " + c.rootBase64() + "): entries were lost or rewritten, or it is of another copy");
    }
    for (EntryRef e : named) {
      if (e.seq() >= c.size()) {
        throw new DocumentException("checkpoint", "entry #" + e.seq() + " (" + e.actId() + ") was recorded after"
            + " the checkpoint (" + c.size() + " entries): sign a newer one");
      }
    }
    d.para("Signed checkpoint of the book's Merkle tree (" + c.size() + " entries, root " + c.rootBase64()
        + "), which holds every entry named above. Save it exactly as below to a file to check an entry:");
    d.verbatim("checkpoint", cp.text());
    d.verbatim("to check an entry", "charter prove --db STORE --book " + d.whole.id() + " --act ACT_ID"
        + " --checkpoint CHECKPOINT_FILE --out act.proof.json --act-out act.json\n"
        + "charter verify-proof --proof act.proof.json --checkpoint CHECKPOINT_FILE --pub SECRETARY.pub"
        + " --act-file act.json");
  }
}
