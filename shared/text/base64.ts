const alphabet = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const pad = 61; // "="

/**
 * Base64 of bytes, for files sent through the contract (JSON in browser mode, IPC in Electron).
 * Written out by table into ASCII bytes and decoded once: `btoa` over a binary string took 350 ms
 * for a 10 MB file in Node, this takes a few tens. (`Uint8Array.prototype.toBase64` is not in
 * Node 24 or jsdom yet.)
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = alphabet[n >>> 18]!;
    out[o++] = alphabet[(n >>> 12) & 63]!;
    out[o++] = alphabet[(n >>> 6) & 63]!;
    out[o++] = alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = alphabet[n >>> 18]!;
    out[o++] = alphabet[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? alphabet[(n >>> 6) & 63]! : pad;
    out[o] = pad;
  }
  return new TextDecoder().decode(out);
}
