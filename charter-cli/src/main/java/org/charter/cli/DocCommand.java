package org.charter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.charter.core.merkle.SignedCheckpoint;
import org.charter.core.state.Register;
import org.charter.documents.DocumentException;
import org.charter.documents.DocumentFormat;
import org.charter.documents.DocumentKind;
import org.charter.documents.DocumentRequest;
import org.charter.documents.Documents;
import org.charter.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter doc KIND}: one of the secretary's documents, drawn from the book and written as Markdown, HTML, PDF or
 * (for the register) CSV. One subcommand per {@link DocumentKind}, all taking the same options; an option the kind
 * does not take is refused.
 */
@Command(name = "doc", mixinStandardHelpOptions = true,
    description = "Draw one of the secretary's documents from the record: notice, agenda, minutes, consent, register,"
        + " certificate or verdict (charter doc KIND --help). Each states the basis it was drawn on and lists the"
        + " ledger entries it rests on.",
    footer = {"", BookSource.FOOTER, "See docs/documents.md."})
final class DocCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  /** The command with a subcommand per kind of document. */
  static CommandLine command() {
    CommandLine doc = new CommandLine(new DocCommand());
    for (DocumentKind k : DocumentKind.values()) {
      CommandLine sub = new CommandLine(new Kind(k));
      sub.getCommandSpec().usageMessage().description(description(k));
      doc.addSubcommand(k.label(), sub);
    }
    return doc;
  }

  private static String description(DocumentKind k) {
    String takes = switch (k) {
      case NOTICE, AGENDA, MINUTES -> " Needs --meeting.";
      case CONSENT -> " Needs --act (a written-consent-signed).";
      case VERDICT -> " Needs --act.";
      case REGISTER -> " Needs --at; --entity and --view optional; --format csv gives one row per tenure.";
      case CERTIFICATE -> " Needs --at, and --entity when the book holds more than one; --checkpoint optional.";
    };
    return "The " + k.description() + "." + takes;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a kind of document is required: notice, agenda,"
        + " minutes, consent, register, certificate or verdict (see charter doc --help)");
  }

  @Command(mixinStandardHelpOptions = true, footer = {"", BookSource.FOOTER, "See docs/documents.md."})
  static final class Kind implements Callable<Integer> {
    private final DocumentKind kind;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin BookSource source;

    @Option(names = "--meeting", paramLabel = "ID", description = "the meeting (notice, agenda, minutes)")
    String meeting;

    @Option(names = "--act", paramLabel = "ID", description = "the act (consent: a written consent; verdict: any act)")
    String act;

    @Option(names = "--at", paramLabel = "TIME", description = "valid time the register or certificate is as of")
    String at;

    @Option(names = "--recorded-at", paramLabel = "TIME",
        description = "recorded time: the record as it stood then (default: all of it)")
    String recordedAt;

    @Option(names = "--entity", paramLabel = "ID", description = "register, certificate: this entity only")
    String entity;

    @Option(names = "--view", paramLabel = "legal|acted",
        description = "register: under the rules (legal, the default) or as acted")
    String view;

    @Option(names = "--checkpoint", paramLabel = "FILE",
        description = "certificate: a signed checkpoint of the book (charter checkpoint) that holds every entry named")
    Path checkpoint;

    @Option(names = "--hypothesis", paramLabel = "ID",
        description = "with a scenario directory: draw the document under this hypothesis of the scenario"
            + " (DIR/hypotheses/ID.yaml), its edits applied; the basis names it")
    String hypothesis;

    @Option(names = "--format", paramLabel = "md|html|pdf|csv", defaultValue = "md",
        description = "md, html, pdf or csv (csv: register only) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: print; a PDF needs --out)")
    Path out;

    Kind(DocumentKind kind) {
      this.kind = kind;
    }

    @Override
    public Integer call() {
      DocumentFormat f = DocumentFormat.named(format).orElseThrow(() -> new BadInputException("--format: "
          + format + " is not one of md, html, pdf, csv"));
      if (!f.text() && out == null) {
        throw new BadInputException("--out: a PDF is bytes, not text: give --out FILE");
      }
      if (out != null) {
        ProofFiles.requireWritable("--out", out);
      }
      Scenario s = source.scenario();
      org.charter.core.book.Book book;
      String title = s.title();
      if (hypothesis == null) {
        book = source.book();
      } else {
        if (source.fromStore()) {
          throw new BadInputException("--hypothesis: a hypothesis is a scenario's; give the scenario directory");
        }
        var v = new org.charter.scenario.VariantLoader().hypotheses(s).stream().filter(h -> h.id().equals(hypothesis))
            .findFirst().orElseThrow(() -> new BadInputException("--hypothesis: no hypothesis " + hypothesis + " in "
                + s.dir().resolve(org.charter.scenario.VariantLoader.HYPOTHESES)));
        book = Scenarios.replay(s, v.apply(s.acts()));
        title = s.title() + ", under hypothesis " + v.id() + ": " + v.title();
      }
      SignedCheckpoint cp = checkpoint == null ? null : ProofFiles.checkpoint("--checkpoint", checkpoint);
      byte[] doc;
      try {
        DocumentRequest r = new DocumentRequest(kind,
            recordedAt == null ? Instant.MAX : Times.parse("--recorded-at", recordedAt, s.zone()),
            meeting, act, at == null ? null : Times.parse("--at", at, s.zone()), entity, register(), cp);
        doc = Documents.issue(book, title, r, f);
      } catch (DocumentException e) {
        throw new BadInputException("--" + e.getMessage());
      }
      if (out == null) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(new String(doc, StandardCharsets.UTF_8));
        w.flush();
      } else {
        ProofFiles.write(out, doc);
        spec.commandLine().getErr().println("doc " + kind.label() + ": wrote " + out + " (" + doc.length + " bytes, "
            + f.extension() + ")");
      }
      return Failures.OK;
    }

    private Register register() {
      if (view == null) {
        return null;
      }
      return switch (view) {
        case "legal" -> Register.LEGAL;
        case "acted" -> Register.ACTED;
        default -> throw new BadInputException("--view: " + view + " is not legal or acted");
      };
    }
  }
}
