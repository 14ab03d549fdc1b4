// A one-line progress indicator on stderr; silent when stderr is not a terminal so logs and tests stay clean.
export interface ProgressBar {
  update(done: number, note?: string, total?: number): void;
  done(): void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const live = Boolean(stream.isTTY);
  let last = 0;
  return {
    update(done, note = "", total) {
      const now = Date.now();
      if (!live || now - last < 100) return;
      last = now;
      const width = 24;
      const bar =
        total && total > 0
          ? `[${"#".repeat(Math.round((done / total) * width)).padEnd(width, ".")}] ${done}/${total}`
          : `${done}`;
      stream.write(
        `\r${label} ${bar} ${note}`.slice(0, (stream.columns ?? 100) - 1).padEnd((stream.columns ?? 100) - 1),
      );
    },
    done() {
      if (live) stream.write("\n");
    },
  };
}
