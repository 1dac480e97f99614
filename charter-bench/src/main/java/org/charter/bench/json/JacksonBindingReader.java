package org.charter.bench.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Office;
import org.charter.core.ledger.CanonicalInstant;

/**
 * Canonical act bytes bound by Jackson's {@code ObjectMapper} into the act records, configured to give the very acts
 * charter-core decodes: the type under "@type" in scenario spelling (a mix-in on {@link Act} and each record named as
 * {@link ActTypes} names it), keys it does not know skipped, instants by the same parse as the other readers (there is
 * no jackson-datatype-jsr310 in the build), decimals from their strings (Jackson's default coercion).
 */
public final class JacksonBindingReader {
  private static final ObjectReader READER = reader();

  private JacksonBindingReader() {}

  public static Act decode(byte[] bytes) {
    try {
      return READER.readValue(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
  private interface Typed {}

  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return CanonicalInstant.parse(p.getValueAsString());
    }
  }

  /** An office as the ledger stores it ({@code "CHAIR"}, {@code "GENERAL_COUNSEL"}): {@link Office#ofCode}. */
  private static final class OfficeDeserializer extends StdScalarDeserializer<Office> {
    private static final long serialVersionUID = 1L;

    OfficeDeserializer() {
      super(Office.class);
    }

    @Override
    public Office deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return Office.ofCode(p.getValueAsString());
    }
  }

  /** The same, for an office as a map key. */
  private static final class OfficeKeyDeserializer extends com.fasterxml.jackson.databind.KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctx) {
      return Office.ofCode(key);
    }
  }

  private static ObjectReader reader() {
    JsonMapper.Builder b = JsonMapper.builder().addMixIn(Act.class, Typed.class)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new SimpleModule("canonical-instants").addDeserializer(Instant.class, new InstantDeserializer())
            .addDeserializer(Office.class, new OfficeDeserializer())
            .addKeyDeserializer(Office.class, new OfficeKeyDeserializer()));
    ActTypes.byName().forEach((name, type) -> b.registerSubtypes(new NamedType(type, name)));
    return b.build().readerFor(Act.class);
  }
}
