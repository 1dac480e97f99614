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

  /**
   * A value the canonical form writes as a string, read by {@code parse}: instants ({@link CanonicalInstant}) and
   * offices as the ledger stores them ({@code "CHAIR"}, {@code "GENERAL_COUNSEL"}: {@link Office#ofCode}).
   */
  private static final class FromString<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<String, T> parse;

    FromString(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return parse.apply(p.getValueAsString());
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
        .addModule(new SimpleModule("canonical-strings")
            .addDeserializer(Instant.class, new FromString<>(Instant.class, CanonicalInstant::parse))
            .addDeserializer(Office.class, new FromString<>(Office.class, Office::ofCode))
            .addKeyDeserializer(Office.class, new OfficeKeyDeserializer()));
    ActTypes.byName().forEach((name, type) -> b.registerSubtypes(new NamedType(type, name)));
    return b.build().readerFor(Act.class);
  }
}
