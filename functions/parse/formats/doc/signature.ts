const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether the bytes start as a compound file (the container of .doc and WPS's .wps, but also of .xls, .ppt, .msg):
 * its own file, without the reader's dependencies, so read-report.ts can tell a renamed .doc without loading them.
 */
export const isCompoundFile = (bytes: Uint8Array): boolean => SIGNATURE.every((byte, i) => bytes[i] === byte);
