import { readFileSync } from 'node:fs';

/** A process's memory as the kernel reports it, in MiB. */
export interface Memory {
  /** Resident set size now (VmRSS). */
  rssMb: number;
  /** Peak resident set size since start (VmHWM). */
  peakRssMb: number;
}

/** Reads `/proc/<pid>/status` (Linux only); null where it cannot be read. */
export function memoryOf(pid: number): Memory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) : NaN;
  };
  const mb = (value: number) => Math.round((value / 1024) * 10) / 10;
  return { rssMb: mb(kib('VmRSS')), peakRssMb: mb(kib('VmHWM')) };
}
