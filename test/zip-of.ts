// Files by name → the bytes of a zip archive holding them, for tests that read archives.
import { buffer } from "node:stream/consumers";
import yazl from "yazl";

export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return buffer(zip.outputStream);
}
