// Worker thread entry: raw documents in, analyzed documents (or the stage failure) out.
import { setFlagsFromString } from "node:v8";
import { serve } from "./worker-reply.ts";

/**
 * V8's allocation-site pretenuring (allocating straight into the old generation what a site's objects mostly survive
 * in) misfires on a stream of pages: a site can be sampled while one large page's tree is alive, and from then on
 * every page's objects from it go to the old generation and die there. Runs then fell into one of two modes: 2,000
 * real pages, 2 threads, 1,500 pages per run, promoted 300 or 500–690 KB/page, a full collection every 50 or every
 * 27–37 pages, 9.0–9.8 or 10.5–12.1 CPU ms/page; without pretenuring every run (5 of 5) was in the good mode. V8 flags
 * are the process's, so this also holds for the main thread, which allocates little.
 */
setFlagsFromString("--no-allocation-site-pretenuring");
serve();
