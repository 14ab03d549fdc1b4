// Byte pieces → one copy of them in a SharedArrayBuffer of its own, which a worker thread reads without a copy.

/** A packed document's bytes (RawDocument.packed): posting them shares the memory, and they stay off the JS heap. */
export function sharedBytes(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(size));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
