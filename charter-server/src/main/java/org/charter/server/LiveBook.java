package org.charter.server;

import java.time.ZoneId;
import org.charter.core.book.Book;

/**
 * A book as the server holds it: its title, the zone its reports and local times use, and the in-memory book that
 * mirrors its ledger. Its shelf ({@link Shelf}) changes a copy only while no reader holds it.
 */
record LiveBook(String id, String title, ZoneId zone, Book book) {
  LiveBook with(Book next) {
    return new LiveBook(id, title, zone, next);
  }
}
