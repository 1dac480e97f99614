import java.time.ZoneOffset;
import java.util.List;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.act.Act;
import org.charter.core.book.Book;

public class Mem {
  static long used() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) { System.gc(); try { Thread.sleep(200); } catch (InterruptedException e) { } }
    return r.totalMemory() - r.freeMemory();
  }
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    List<Act> acts = BookGenerator.acts(1, n);
    long before = used();
    Book b = new Book("bench", ZoneOffset.UTC);
    for (Act x : acts) b.replay(x);
    long after = used();
    System.out.println(n + " acts: " + (after - before) / n + " bytes per act beyond the acts themselves (book " + b.size() + ")");
  }
}
