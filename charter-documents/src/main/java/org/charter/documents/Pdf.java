package org.charter.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PDF from a document's HTML, through openhtmltopdf on Apache PDFBox: real text in an embedded font, so the document
 * can be selected, searched and extracted ({@code pdftotext}) and looks the same on every reader.
 */
final class Pdf {
  // Liberation Sans (SIL Open Font License 1.1) ships inside PDFBox itself, so no font need be installed on the
  // machine, and it is embedded (subset) in every PDF.
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FAMILY = "Liberation Sans";

  static {
    // openhtmltopdf logs every step through java.util.logging on stderr; a document either renders or throws.
    XRLog.setLoggingEnabled(false);
  }

  private Pdf() {}

  static byte[] of(String html, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    // The one face stands in for bold and italic too, so that no text falls back to an unembedded base-14 font.
    for (int weight : new int[] {400, 700}) {
      for (BaseRendererBuilder.FontStyle style : BaseRendererBuilder.FontStyle.values()) {
        b.useFont(Pdf::font, FAMILY, weight, style, true);
      }
    }
    b.withHtmlContent(html, null);
    b.withProducer("Charter");
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF of " + title, e);
    }
    return out.toByteArray();
  }

  private static InputStream font() {
    InputStream in = Pdf.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("the font " + FONT + " is not on the class path (it comes with PDFBox)");
    }
    return in;
  }
}
