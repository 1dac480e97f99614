package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline and the tenures in pages, followed by their {@code next} cursor, against a real server. */
class PagingTests {
  private static final String BOOK = "/api/books/openai-2023";
  private static final String ACTS = BOOK + "/acts";

  @TempDir Path dir;

  @Test
  void acts_pagedThroughTheOpenAiBook_giveEveryActOnceInSeqOrder() {
    try (TestServer s = TestServer.start(dir)) {
      int size = s.get(BOOK).json().get("acts").asInt();
      List<JsonNode> seen = pages(s, ACTS + "?limit=7", 7);
      assertThat(seen).hasSize(size);
      for (int i = 0; i < size; i++) {
        assertThat(seen.get(i).get("seq").asInt()).isEqualTo(i);
      }
      assertThat(seen.stream().map(a -> a.get("id").asText()).distinct().count()).isEqualTo(size);
      // The pages, put end to end, are the timeline as one page of the largest size gives it.
      JsonNode whole = s.get(ACTS + "?limit=" + Page.MAX_LIMIT).json();
      assertThat(whole.get("next").isNull()).isTrue();
      assertThat(seen).containsExactlyElementsOf(list(whole.get("acts")));
    }
  }

  @Test
  void acts_withoutParameters_areTheFirstPageOfTheDefaultSize() {
    try (TestServer s = TestServer.start(dir)) {
      int size = s.get(BOOK).json().get("acts").asInt();
      assertThat(size).as("the OpenAI book is larger than one default page").isGreaterThan(Page.DEFAULT_LIMIT);
      JsonNode first = s.get(ACTS).json();
      assertThat(first.get("acts")).hasSize(Page.DEFAULT_LIMIT);
      assertThat(first.get("next").asInt()).isEqualTo(Page.DEFAULT_LIMIT - 1);
      JsonNode second = s.get(ACTS + "?after=" + first.get("next").asInt()).json();
      assertThat(second.get("acts")).hasSize(size - Page.DEFAULT_LIMIT);
      assertThat(second.get("acts").get(0).get("seq").asInt()).isEqualTo(Page.DEFAULT_LIMIT);
      assertThat(second.get("next").isNull()).isTrue();
    }
  }

  @Test
  void acts_aPageEndingAtTheLastAct_hasNoNext_andAfterTheLastIsEmpty() {
    try (TestServer s = TestServer.start(dir)) {
      int size = s.get(BOOK).json().get("acts").asInt();
      JsonNode exact = s.get(ACTS + "?after=" + (size - 4) + "&limit=3").json();
      assertThat(exact.get("acts")).hasSize(3);
      assertThat(exact.get("next").isNull()).isTrue();
      for (long after : new long[] {size - 1, size + 5, 999_999_999_999L}) {
        JsonNode past = s.get(ACTS + "?after=" + after).json();
        assertThat(past.get("acts")).isEmpty();
        assertThat(past.get("next").isNull()).isTrue();
      }
    }
  }

  @Test
  void acts_recordedWhilePaging_comeOnceAtTheEnd() {
    try (TestServer s = TestServer.start(dir)) {
      int size = s.get(BOOK).json().get("acts").asInt();
      JsonNode first = s.get(ACTS + "?limit=50").json();
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", RecordActsTests.WAIVER_YAML).status())
          .isEqualTo(201);
      List<JsonNode> seen = new ArrayList<>(list(first.get("acts")));
      seen.addAll(pages(s, ACTS + "?limit=50&after=" + first.get("next").asInt(), 50));
      assertThat(seen).hasSize(size + 1);
      assertThat(seen.get(size).get("id").asText()).isEqualTo("toner-waives-2023-11-20");
      assertThat(seen.stream().map(a -> a.get("seq").asInt()).toList())
          .isEqualTo(java.util.stream.IntStream.rangeClosed(0, size).boxed().toList());
    }
  }

  @Test
  void pagingParameters_outOfRangeOrNotNumbers_are400NamingTheField() {
    try (TestServer s = TestServer.start(dir)) {
      Map<String, String> bad = new LinkedHashMap<>();
      bad.put("limit=0", "limit");
      bad.put("limit=" + (Page.MAX_LIMIT + 1), "limit");
      bad.put("limit=1000000000", "limit");
      bad.put("limit=99999999999999999999999", "limit");
      bad.put("limit=-5", "limit");
      bad.put("limit=ten", "limit");
      bad.put("limit=1.5", "limit");
      bad.put("limit=%2B5", "limit");
      bad.put("after=-1", "after");
      bad.put("after=x", "after");
      bad.put("after=1e3", "after");
      bad.put("after=99999999999999999999999", "after");
      bad.put("limit=5&limit=100000", "limit");
      bad.put("after=1&after=2", "after");
      for (String path : List.of(ACTS, BOOK + "/tenures")) {
        for (var e : bad.entrySet()) {
          TestServer.Answer a = s.get(path + "?" + e.getKey());
          assertThat(a.status()).as(path + "?" + e.getKey() + ": " + a.body()).isEqualTo(400);
          assertThat(a.json().get("error").asText()).isEqualTo("bad_request");
          assertThat(list(a.json().get("fields")).stream().map(JsonNode::asText).toList())
              .containsExactly(e.getValue());
          assertThat(a.json().get("message").asText()).startsWith(e.getValue() + ": ");
        }
      }
      assertThat(s.get(ACTS + "?limit=" + Page.MAX_LIMIT).status()).isEqualTo(200);
      assertThat(s.get(ACTS + "?limit=1&after=0").status()).isEqualTo(200);
    }
  }

  @Test
  void tenures_pagedOneBasisActAtATime_addUpToTheWholeHistory() {
    try (TestServer s = TestServer.start(dir)) {
      JsonNode whole = s.get(BOOK + "/tenures?limit=" + Page.MAX_LIMIT).json();
      assertThat(whole.get("next").isNull()).isTrue();
      Map<String, List<JsonNode>> expected = spans(whole);
      Map<String, List<JsonNode>> got = new LinkedHashMap<>();
      List<String> basisActs = new ArrayList<>();
      String after = null;
      int pages = 0;
      do {
        JsonNode page = s.get(BOOK + "/tenures?limit=1" + (after == null ? "" : "&after=" + after)).json();
        assertThat(page.get("from")).isEqualTo(whole.get("from"));
        assertThat(page.get("to")).isEqualTo(whole.get("to"));
        List<String> onPage = new ArrayList<>();
        spans(page).forEach((group, list) -> {
          got.computeIfAbsent(group, k -> new ArrayList<>()).addAll(list);
          list.forEach(x -> onPage.add(x.get("basis_act").asText()));
        });
        assertThat(onPage.stream().distinct().toList()).as("the spans of one act to a page").hasSize(1);
        basisActs.add(onPage.get(0));
        after = page.get("next").isNull() ? null : page.get("next").asText();
        pages++;
      } while (after != null && pages < 1000);
      assertThat(after).isNull();
      assertThat(basisActs).doesNotHaveDuplicates();
      // Each body's or entity's spans, put together from the pages, are its spans in the whole history; a page lists
      // them by the act they rest on, the whole history by since.
      assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      expected.forEach((group, list) -> assertThat(got.get(group)).as(group).containsExactlyInAnyOrderElementsOf(list));
      assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(pages - 1);
      // The default page holds the whole OpenAI history, as the answer did before there were pages.
      assertThat(s.get(BOOK + "/tenures").json()).isEqualTo(whole);
    }
  }

  @Test
  void paging_aBookTheCallerHasNoRoleOn_is404() {
    try (TestServer s = TestServer.start(dir)) {
      String other = s.token("other@example", "another-book", "viewer", null);
      assertThat(s.get(ACTS + "?limit=5", other).status()).isEqualTo(404);
      assertThat(s.get(BOOK + "/tenures?limit=5", other).status()).isEqualTo(404);
      assertThat(s.get(ACTS + "?limit=0", null).status()).isEqualTo(401);
    }
  }

  /** Every act of every page from {@code first} on, following {@code next}; each page at most {@code limit}. */
  static List<JsonNode> pages(TestServer s, String first, int limit) {
    List<JsonNode> out = new ArrayList<>();
    String path = first;
    for (int n = 0; n < 10_000; n++) {
      TestServer.Answer a = s.get(path);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      JsonNode page = a.json();
      assertThat(page.get("acts").size()).isLessThanOrEqualTo(limit);
      out.addAll(list(page.get("acts")));
      if (page.get("next").isNull()) {
        return out;
      }
      assertThat(page.get("next").asLong()).isEqualTo(out.get(out.size() - 1).get("seq").asLong());
      path = first.replaceAll("&after=\\d+", "") + "&after=" + page.get("next").asLong();
    }
    throw new AssertionError("no last page after 10,000 pages");
  }

  /** The spans of a tenures answer by body or entity, in the order given. */
  private static Map<String, List<JsonNode>> spans(JsonNode tenures) {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    for (JsonNode b : tenures.get("bodies")) {
      out.computeIfAbsent("body " + b.get("id").asText(), k -> new ArrayList<>()).addAll(list(b.get("seats")));
    }
    for (JsonNode e : tenures.get("officers")) {
      out.computeIfAbsent("entity " + e.get("entity").asText(), k -> new ArrayList<>()).addAll(list(e.get("offices")));
    }
    return out;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
