export interface Measurement {
  label: string;
  docs: number;
  chars: number;
  seconds: number;
}

export function measure(label: string, docs: number, chars: number, run: () => void): Measurement {
  const t0 = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { label, docs, chars, seconds };
}

/** MB here is 10^6 UTF-16 code units of text, close to bytes for English news. */
export function formatMeasurement(m: Measurement): string {
  const mbs = m.chars / 1e6 / m.seconds;
  return `${m.label.padEnd(34)} ${mbs.toFixed(2).padStart(7)} MB/s ${(m.docs / m.seconds).toFixed(0).padStart(7)} docs/s  (${m.docs} docs, ${(m.chars / 1e6).toFixed(1)} MB, ${m.seconds.toFixed(2)} s)`;
}

export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
