// Test worker entry: the real analysis worker, except that documents named "crash-exit" or "crash-throw" bring the
// whole thread down (the way an out-of-memory abort or a bug in a native module would).
import { serve } from "./worker-reply.ts";

serve(({ doc }) => {
  if (doc.id.startsWith("crash-exit")) process.exit(3);
  if (doc.id.startsWith("crash-throw")) throw new Error("uncaught in the worker");
});
