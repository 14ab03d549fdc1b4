// A thread's live heap, for recycling analysis threads whose caches of words have grown (pool.ts).
import { GCProfiler } from "node:v8";

/**
 * Whether this thread has outgrown `limitMb` of live heap: the heap in use right after the last full collection, when
 * only what the thread keeps is left. Never, for 0. Asked between documents. V8's GC profiler records the heap as each
 * collection leaves it; reading the heap when a performance entry for the collection is delivered (the first version)
 * came pages later, under a queue of documents, and counted the young generation's garbage and what those pages had
 * promoted since: on one thread over 2,000 real pages, up to 14 MB above the true heap, so threads retired hundreds
 * of pages early, and each fresh thread costs seconds of CPU (pool.ts, RECYCLE_DEFAULT_MB).
 */
export function heapWatch(limitMb: number): () => boolean {
  if (!(limitMb > 0)) return () => false;
  const limit = limitMb * 2 ** 20;
  const profiler = new GCProfiler();
  profiler.start();
  let outgrown = false;
  return () => {
    // what was collected since the last question (a few scavenges, now and then a full collection): ~20 µs
    const { statistics } = profiler.stop();
    profiler.start();
    for (const gc of statistics)
      if (gc.gcType === "MarkSweepCompact") outgrown = gc.afterGC.heapStatistics.usedHeapSize > limit;
    return outgrown;
  };
}
