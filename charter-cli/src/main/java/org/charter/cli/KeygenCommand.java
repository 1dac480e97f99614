package org.charter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.sign.Ed25519;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Makes an Ed25519 key pair for signing checkpoints, votes and consents. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = "Generate an Ed25519 key pair: PREFIX.key (private, PKCS#8 PEM, readable by its owner only) and"
        + " PREFIX.pub (public, X.509 PEM). Prints the public key in base64, as a person-described act's public_key"
        + " records it. Never overwrites a key.")
final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "PREFIX",
      description = "where to write: PREFIX.key and PREFIX.pub")
  String prefix;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Path key = Path.of(prefix + ".key");
    Path pub = Path.of(prefix + ".pub");
    for (Path p : new Path[] {key, pub}) {
      ProofFiles.requireWritable("--out", p);
      if (Files.exists(p)) {
        throw new BadInputException("--out: " + p + " exists; keygen never overwrites a key");
      }
    }
    KeyPair pair;
    try {
      pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
    }
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(key, Ed25519.pem(pair.getPrivate()), StandardCharsets.US_ASCII);
      Files.writeString(pub, Ed25519.pem(pair.getPublic()), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var out = spec.commandLine().getOut();
    String base64 = Ed25519.base64(pair.getPublic());
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("private_key_file", key.toString());
      m.put("public_key_file", pub.toString());
      m.put("public_key", base64);
      Json.print(out, m);
    } else {
      out.println("wrote " + key + " (private: keep it secret) and " + pub);
      out.println("public key (for a person-described act's public_key): " + base64);
    }
    return Failures.OK;
  }
}
