import cliProgress from 'cli-progress';

export interface ProgressCounts {
  done: number;
  inserted: number;
  unchanged: number;
  failed: number;
  chars: number;
}

export interface Progress {
  update(counts: ProgressCounts): void;
  stop(counts: ProgressCounts): void;
}

/**
 * A bar with documents/s and ETA on a terminal; on a pipe or a CI log, a plain
 * line every few seconds, so logs stay readable.
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number | null,
  now: () => number = Date.now,
): Progress {
  const started = now();
  const rate = (c: ProgressCounts): string => {
    const secs = Math.max((now() - started) / 1000, 1e-3);
    return `${(c.done / secs).toFixed(1)} docs/s, ${(c.chars / secs / 1e6).toFixed(2)} MB/s`;
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: total
          ? 'ingest [{bar}] {percentage}% {value}/{total} | {speed} | new {inserted} unchanged {unchanged} failed {failed} | ETA {eta_formatted}'
          : 'ingest {value} docs | {speed} | new {inserted} unchanged {unchanged} failed {failed}',
        hideCursor: true,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { speed: '', inserted: 0, unchanged: 0, failed: 0 });
    const payload = (c: ProgressCounts) => ({ speed: rate(c), inserted: c.inserted, unchanged: c.unchanged, failed: c.failed });
    return {
      update: (c) => bar.update(c.done, payload(c)),
      stop: (c) => {
        bar.update(c.done, payload(c));
        bar.stop();
      },
    };
  }
  let last = started;
  const line = (c: ProgressCounts): string =>
    `ingest: ${c.done}${total ? `/${total}` : ''} docs (${rate(c)}), new ${c.inserted}, unchanged ${c.unchanged}, failed ${c.failed}\n`;
  return {
    update: (c) => {
      if (now() - last < 5000) return;
      last = now();
      stream.write(line(c));
    },
    stop: (c) => stream.write(line(c)),
  };
}
