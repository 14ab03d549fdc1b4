// A thread's live heap, for recycling analysis threads whose caches of words have grown (pool.ts).
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

/**
 * Whether this thread has outgrown `limitMb` of live heap: the heap in use right after the last full collection,
 * when only what the thread keeps is left (between collections, garbage would count too). Never, for 0.
 */
export function heapWatch(limitMb: number): () => boolean {
  if (!(limitMb > 0)) return () => false;
  let live = 0;
  // Full-GC entries arrive after the collection, between batches of messages: the heap then is what survived it, plus
  // little. A thread with a queue of documents may take a few more before it learns it has outgrown the limit.
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        live = getHeapStatistics().used_heap_size;
  });
  observer.observe({ entryTypes: ["gc"] });
  // The closure holds the observer, so it lives as long as the thread asks.
  return () => observer !== undefined && live > limitMb * 2 ** 20;
}
