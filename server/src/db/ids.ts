import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A new record id: a UUIDv7 (time-ordered, so indexes stay compact and `id` breaks ties in
 * creation order). Clients treat ids as opaque strings.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter = (counter + 1) & 0xfff;
    if (counter === 0) ms = ++lastMs;
  } else {
    counter = randomBytes(2).readUInt16BE() & 0x7ff;
  }
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
