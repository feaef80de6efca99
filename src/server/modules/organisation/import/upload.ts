import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../lib/errors.ts';

/** An upload written to a temp file, read as many times as needed, then removed by dispose(). */
export interface SpooledFile {
  path: string;
  format: 'csv' | 'xlsx';
  /** The text encoding of a CSV file: UTF-8, or Windows-1252 when the bytes are not valid UTF-8. */
  encoding: 'utf-8' | 'windows-1252';
  size: number;
  dispose(): Promise<void>;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Files people pick by mistake that can still look like text at first glance.
const BINARY_SIGNATURES = [
  Buffer.from('%PDF'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('GIF8'),
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), // OLE2: .xls, .doc from before 2007
  Buffer.from('{\\rtf'),
];
/** How much of the start of a text file must be free of NUL bytes (as git decides "binary"). */
const SNIFF_BYTES = 64 * 1024;

/** What the first bytes say the file is: decided by content, never by the name the client gave. */
export function sniffFormat(head: Buffer): 'csv' | 'xlsx' | 'unsupported' {
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (BINARY_SIGNATURES.some((sig) => head.subarray(0, sig.length).equals(sig))) return 'unsupported';
  // UTF-16 text (Excel's "Unicode text") and every other binary format carry NUL bytes early.
  if (head.subarray(0, SNIFF_BYTES).includes(0)) return 'unsupported';
  return 'csv';
}

/**
 * Streams an upload to a temp file under the OS temp folder, never holding it in memory, and decides
 * its format from the first bytes and (for text) whether it is valid UTF-8. Throws BODY_TOO_LARGE when
 * the multipart size limit cut the file short and IMPORT_FILE_TYPE for what is neither CSV nor XLSX;
 * the temp file is gone whenever this throws.
 */
export async function spoolUpload(source: NodeJS.ReadableStream & { truncated?: boolean }): Promise<SpooledFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tillit-import-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, 'upload');
    let head = Buffer.alloc(0);
    let size = 0;
    let utf8: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
    let isUtf8 = true;
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        size += chunk.length;
        if (utf8 && !head.subarray(0, 4).equals(ZIP)) {
          try {
            utf8.decode(chunk, { stream: true });
          } catch {
            isUtf8 = false;
            utf8 = null;
          }
        }
        callback(null, chunk);
      },
    });
    await pipeline(source, inspect, createWriteStream(file));
    if (source.truncated) throw new AppError('BODY_TOO_LARGE');
    if (utf8) {
      try {
        utf8.decode(); // a multi-byte sequence cut off at the end of the file
      } catch {
        isUtf8 = false;
      }
    }
    const format = sniffFormat(head);
    if (format === 'unsupported') throw new AppError('IMPORT_FILE_TYPE');
    return { path: file, format, encoding: isUtf8 ? 'utf-8' : 'windows-1252', size, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
