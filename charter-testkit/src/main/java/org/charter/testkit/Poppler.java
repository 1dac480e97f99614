package org.charter.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The Poppler tools a reader of a PDF would use (poppler-utils: pdftotext, pdffonts, pdftoppm), run as processes on
 * a real file. They must be installed (./run-tests installs them); a missing tool fails the test, never skips it.
 */
public final class Poppler {
  private Poppler() {}

  /** The PDF's text as {@code pdftotext -layout FILE -} extracts it. */
  public static String text(Path pdf) {
    return run("pdftotext", "-layout", pdf.toString(), "-");
  }

  /** The font table {@code pdffonts FILE} prints: one line per font, with its emb(edded) column. */
  public static String fonts(Path pdf) {
    return run("pdffonts", pdf.toString());
  }

  /** The first page rendered by {@code pdftoppm} at {@code dpi}, read back as an image. */
  public static BufferedImage firstPage(Path pdf, int dpi) {
    try {
      Path dir = Files.createTempDirectory("pdftoppm");
      run("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
          dir.resolve("page").toString());
      BufferedImage img = ImageIO.read(dir.resolve("page.png").toFile());
      if (img == null) {
        throw new AssertionError("pdftoppm wrote no readable PNG for " + pdf);
      }
      return img;
    } catch (IOException e) {
      throw new AssertionError("pdftoppm of " + pdf + ": " + e, e);
    }
  }

  /** The share of a page's pixels that are dark: text on it, where a blank page has none. */
  public static double inked(BufferedImage img) {
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 3 * 128) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) img.getWidth() * img.getHeight());
  }

  private static String run(String... command) {
    List<String> cmd = new ArrayList<>(List.of(command));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(command[0] + " did not finish in 60 s");
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new AssertionError(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError(command[0] + " is not installed (poppler-utils; ./run-tests installs it): " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
