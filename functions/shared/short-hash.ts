import { createHash } from 'node:crypto';

/** A 16-hex-digit sha256 prefix: stable ids for objects and finding sets (64 bits: no collision in a district). */
export function shortHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
