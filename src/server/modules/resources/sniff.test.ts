import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { attachmentHeader, cleanFileName, extensionOf, sniffResourceFile } from './sniff.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64),
]);

async function codeOf(bytes: Buffer, name: string): Promise<string> {
  try {
    return (await sniffResourceFile(bytes, name)).mime;
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('file sniffing', () => {
  it.each([
    [PNG, 'bilde.png', 'image/png'],
    [PNG, 'BILDE.PNG', 'image/png'],
    [JPEG, 'foto.jpeg', 'image/jpeg'],
    [JPEG, 'foto.jpg', 'image/jpeg'],
    [PNG, 'bilde.jpg', 'RESOURCE_FILE_NAME_MISMATCH'],
    [JPEG, 'foto.png', 'RESOURCE_FILE_NAME_MISMATCH'],
    [PNG, 'bilde', 'RESOURCE_FILE_NAME_MISMATCH'],
    [Buffer.from('GIF89a\x01\x00\x01\x00'), 'anim.gif', 'RESOURCE_FILE_TYPE'],
    [Buffer.from('<html><script>alert(1)</script></html>'), 'side.html', 'RESOURCE_FILE_TYPE'],
    [Buffer.from('<html></html>'), 'side.pdf', 'RESOURCE_FILE_TYPE'],
  ])('%#: %s named %s → %s', async (bytes, name, expected) => {
    expect(await codeOf(bytes, name)).toBe(expected);
  });

  it('reads the extension after the last dot, not a leading one', () => {
    expect(extensionOf('rapport.final.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('uten')).toBe('');
  });
});

describe('file names', () => {
  it('a stored name never carries a folder, a quote or a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const clean = cleanFileName(name);
        expect(clean.length).toBeGreaterThan(0);
        expect(clean.length).toBeLessThanOrEqual(200);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the property is that none survive
        expect(clean).not.toMatch(/[\\/"\u0000-\u001f\u007f]/);
      }),
    );
    expect(cleanFileName('C:\\Users\\kari\\Årsplan 2026.pdf')).toBe('Årsplan 2026.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  it('the download header is plain ASCII and gives the exact name back through filename*', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), (raw) => {
        const name = cleanFileName(raw);
        const header = attachmentHeader(name);
        expect(header).toMatch(/^[\x20-\x7e]+$/);
        expect(header.startsWith('attachment; filename="')).toBe(true);
        const star = header.split("filename*=UTF-8''")[1] ?? '';
        expect(decodeURIComponent(star)).toBe(name);
      }),
    );
  });
});
