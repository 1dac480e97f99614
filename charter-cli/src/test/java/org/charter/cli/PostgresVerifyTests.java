package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `replay` and `verify` with {@code --db} naming a real PostgreSQL server: what tampering with a row shows. */
class PostgresVerifyTests {
  private static final String BOOK = "openai-2023";
  private static final int TAMPERED = 17;

  private PostgresTestSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresTestSchema.create(getClass().getSimpleName());
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  @Test
  void replay_thenVerify_passes() {
    Cli r = Cli.run("replay", Cli.OPENAI.toString(), "--db", schema.url());
    assertThat(r.code()).as(r.err()).isZero();

    Cli v = Cli.run("verify", "--db", schema.url());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("book " + BOOK).contains("chain verifies");
  }

  @Test
  void verify_afterOneFlippedBitOfAStoredAct_exits1NamingIt() throws Exception {
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", schema.url()).code()).isZero();
    String actId;
    try (Connection c = schema.connect()) {
      try (PreparedStatement u = c.prepareStatement("UPDATE ledger_entry SET payload = set_byte(payload,"
          + " length(payload) / 2, get_byte(payload, length(payload) / 2) # 1) WHERE book_id = ? AND seq = ?"
          + " RETURNING act_id")) {
        u.setString(1, BOOK);
        u.setLong(2, TAMPERED);
        try (ResultSet rs = u.executeQuery()) {
          assertThat(rs.next()).isTrue();
          actId = rs.getString(1);
        }
      }
    }

    Cli text = Cli.run("verify", "--db", schema.url());
    assertThat(text.code()).as(text.out() + text.err()).isEqualTo(1);
    assertThat(text.out()).contains("BROKEN at entry " + TAMPERED + " (act " + actId + ")");
    Cli json = Cli.run("verify", "--db", schema.url(), "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.json().get("books").get(0).get("first_bad_entry").asLong()).isEqualTo(TAMPERED);
    assertThat(json.json().get("books").get(0).get("act").asText()).isEqualTo(actId);
  }

  @Test
  void verify_ofASchemaWithoutALedger_exits2AndCreatesNothing() throws Exception {
    Cli v = Cli.run("verify", "--db", schema.url());

    assertThat(v.code()).as(v.out() + v.err()).isEqualTo(2);
    assertThat(v.err()).contains("no Charter ledger");
    try (Connection c = schema.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
            + schema.name() + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
