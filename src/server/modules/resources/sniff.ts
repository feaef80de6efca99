import { fileTypeFromBuffer } from 'file-type';
import { RESOURCE_FILE_TYPES } from '../../../shared/schemas/resources.ts';
import { AppError } from '../../lib/errors.ts';

export interface SniffedFile {
  ext: string;
  mime: string;
}

/** The file's extension as the client named it, lower case, or '' without one. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * What the bytes say the file is, checked against the allow-list; the name only has to agree with it.
 * A type we do not take (an .exe, a bare zip, an SVG, anything unrecognised) is RESOURCE_FILE_TYPE; a
 * name that claims another type than the bytes (a PNG named .pdf, an exe named .pdf is caught as the
 * exe it is) is RESOURCE_FILE_NAME_MISMATCH. The browser's Content-Type is never asked.
 */
export async function sniffResourceFile(bytes: Buffer, name: string): Promise<SniffedFile> {
  const found = await fileTypeFromBuffer(bytes);
  const allowed = found && RESOURCE_FILE_TYPES.find((t) => t.ext === found.ext);
  if (!allowed) throw new AppError('RESOURCE_FILE_TYPE', { details: { detected: found?.ext ?? null } });
  if (!(allowed.names as readonly string[]).includes(extensionOf(name))) {
    throw new AppError('RESOURCE_FILE_NAME_MISMATCH', { details: { detected: allowed.ext } });
  }
  return { ext: allowed.ext, mime: allowed.mime };
}

/** A file name safe to store and show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'fil').slice(-200);
}

/** Content-Disposition for a download: an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentHeader(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'fil';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
