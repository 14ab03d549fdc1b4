// For tests that check a page is not kept alive: live heap growth across a piece of work, after full collections.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** A <script> of ~1.9 MB (UTF-16, like most real pages) that no extractor reads: it makes a page big. */
export const BIG_SCRIPT = `<script>var state = "${"данные страницы ".repeat(60_000)}";</script>`;

/** Bytes of live heap that `run` leaves behind, measured after a full collection before and after it. */
export function liveHeapGrowth(run: () => void): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = getHeapStatistics().used_heap_size;
  run();
  gc();
  return getHeapStatistics().used_heap_size - before;
}
