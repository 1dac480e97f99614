package org.charter.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.PersonDescribed;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * A document being drawn: the book as recorded at the request's recorded time, the blocks so far, and every ledger
 * entry named on the way, which the document lists as what it rests on.
 */
final class Draft {
  /** The book as recorded at the request's recorded time: what the document reports. */
  final Book book;
  /** The whole book: its entries are the ledger's, whatever the recorded time read. */
  final Book whole;
  final ZoneId zone;
  final DocumentRequest request;
  private final String title;
  private final StateView names;
  private final List<Block> blocks = new ArrayList<>();
  private final Map<String, EntryRef> entries = new LinkedHashMap<>();
  private final List<String> basis = new ArrayList<>();

  Draft(Book whole, String bookTitle, DocumentRequest request) {
    this.whole = whole;
    this.book = whole.asRecorded(request.recordedAt());
    this.zone = whole.zone();
    this.request = request;
    this.title = bookTitle;
    this.names = book.state(new Basis(Instant.MAX, request.recordedAt()), Register.LEGAL);
  }

  /** A person's name as last described on record, else their id. */
  String name(String person) {
    return names.person(person).map(PersonDescribed::name).orElse(person);
  }

  List<String> names(List<String> persons) {
    return persons.stream().map(this::name).toList();
  }

  String at(Instant t) {
    return Dates.at(t, zone);
  }

  /** The act's id with its entry number, and the entry noted as one the document rests on. */
  String cite(Recorded r) {
    // A view as recorded earlier numbers its acts afresh; the entry named is the ledger's own.
    Recorded entry = whole.find(r.act().id()).orElse(r);
    entries.putIfAbsent(r.act().id(), new EntryRef(entry.seq(), r.act().id(), entry.hashHex()));
    return r.act().id() + " (entry #" + entry.seq() + ")";
  }

  /** The ledger entry number of an act of the book. */
  long seq(String actId) {
    return whole.find(actId).map(Recorded::seq).orElse(-1L);
  }

  /** The act by id, cited; its id alone where the book does not hold it. */
  String cite(String actId) {
    return book.find(actId).map(this::cite).orElse(actId);
  }

  void heading(String text) {
    blocks.add(new Block.Heading(text));
  }

  void para(String text) {
    blocks.add(new Block.Paragraph(text));
  }

  void items(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Block.Items(items, false));
    }
  }

  void numbered(List<String> items) {
    blocks.add(new Block.Items(items, true));
  }

  void table(List<String> header, List<List<String>> rows) {
    blocks.add(new Block.Table(header, rows));
  }

  void verbatim(String caption, String text) {
    blocks.add(new Block.Verbatim(caption, text));
  }

  void signatures(List<String> names) {
    blocks.add(new Block.Signatures(names));
  }

  /** A line of the basis, after the book and the record, which every document states. */
  void basis(String line) {
    basis.add(line);
  }

  /** Each finding of a verdict in words, rule id first, as the rules give it. */
  static List<String> findings(Verdict v) {
    return v == null ? List.of() : v.findings().stream().map(Finding::toString).toList();
  }

  /** The entries named so far, in the order of the book. */
  List<EntryRef> restsOn() {
    return entries.values().stream().sorted(Comparator.comparingLong(EntryRef::seq)).toList();
  }

  Document done(String docTitle, String subject) {
    List<String> lines = new ArrayList<>();
    lines.add("Book " + book.id() + (title == null || title.equals(book.id()) ? "" : " (" + title + ")"));
    String head = whole.last().map(Recorded::hashHex).orElse("none (an empty book)");
    lines.add("Ledger: " + whole.size() + " entries, chain head " + head);
    lines.add("Record read: " + (request.recordedAt().equals(Instant.MAX) ? "everything recorded"
        : "as recorded by " + at(request.recordedAt()) + " (" + book.size() + " acts)"));
    lines.addAll(basis);
    lines.add("Times in " + zone.getId() + ", with their offset from UTC");
    return new Document(request.kind(), docTitle, subject, lines, blocks, restsOn());
  }
}
