import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { BadArticleError } from '../domain/errors.js';

/**
 * Bytes to text, or a one-line refusal. Known binary formats, NUL bytes and control characters
 * are refused; UTF-8 (with or without a BOM), UTF-16 and the single-byte Latin encodings
 * (Windows-1252, ISO-8859-x), as chardet detects them, are decoded with iconv-lite. A UTF-8
 * file with a few stray bytes is read, the bytes as spaces.
 */

interface Signature {
  name: string;
  bytes: number[];
  offset?: number;
}

const SIGNATURES: Signature[] = [
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a zip archive (or an office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a 7-zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a tar archive', bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257 },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a RIFF file (WebP, WAV or AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'an Ogg file', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'an SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'an MP4 or QuickTime file', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
];

/** More than this share of control characters is binary data, not text. */
const MAX_CONTROL_SHARE = 0.01;
/** Invalid UTF-8 sequences tolerated (a stray byte in a UTF-8 file), each read as a space. */
const MAX_INVALID_UTF8 = 3;

const UTF16_BOMS: Array<[number, number, string]> = [
  [0xff, 0xfe, 'utf-16le'],
  [0xfe, 0xff, 'utf-16be'],
];

function signatureOf(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: sig, offset = 0 }) => sig.every((b, i) => bytes[offset + i] === b))?.name;
}

/** Tab, newline, form feed, carriage return. */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f || code === 0xfffd) controls++;
  }
  return controls / text.length;
}

/** chardet's most likely encoding, lower-cased ("utf-8", "windows-1252", "utf-16le", ...). */
function detectedEncoding(bytes: Uint8Array): string | undefined {
  return analyse(bytes)[0]?.name.toLowerCase();
}

const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+)$/;

/**
 * UTF-16 without a byte order mark, which chardet does not report: text in the Latin range has
 * a zero in every other byte.
 */
function utf16WithoutBom(buf: Buffer): string | undefined {
  const sample = buf.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function refuse(origin: string, why: string): never {
  throw new BadArticleError(origin, `not a text article: ${why}`);
}

/** Decodes an input file or response body; throws BadArticleError for binary or undecodable input. */
export function decodeText(bytes: Uint8Array, origin: string): string {
  const signature = signatureOf(bytes);
  if (signature) refuse(origin, `it is ${signature}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const [b0, b1, encoding] of UTF16_BOMS) {
    if (buf[0] === b0 && buf[1] === b1) return checked(iconv.decode(buf, encoding), origin);
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(iconv.decode(buf, 'utf-8'), origin);

  const utf16 = utf16WithoutBom(buf);
  if (utf16) return checked(iconv.decode(buf, utf16), origin);
  if (buf.includes(0)) refuse(origin, 'it contains NUL bytes (binary data)');
  const utf8 = new TextDecoder('utf-8').decode(buf);
  const invalid = utf8.match(/\ufffd/g)?.length ?? 0;
  if (invalid === 0) return checked(utf8, origin);
  const detected = detectedEncoding(bytes);
  // ISO-8859-1 is read as its superset Windows-1252, as browsers do (curly quotes in 0x80–0x9F)
  if (detected && SINGLE_BYTE.test(detected)) {
    return checked(iconv.decode(buf, detected === 'iso-8859-1' ? 'windows-1252' : detected), origin);
  }
  if (invalid <= MAX_INVALID_UTF8) return checked(utf8.replace(/\ufffd/g, ' '), origin);
  refuse(origin, `it has ${invalid} invalid UTF-8 sequences and no recognisable text encoding`);
}

function checked(text: string, origin: string): string {
  if (controlShare(text) > MAX_CONTROL_SHARE) refuse(origin, 'it is full of control characters (binary data)');
  return text.replace(/^\uFEFF/, '');
}
