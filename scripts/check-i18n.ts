// Fails when a catalog lacks a key, has an extra one, leaves a message empty, or when the code uses
// a key (t('…') / translate(…, '…')) that no catalog has. Run by `npm run check`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogs } from '../src/shared/i18n/index.ts';

const problems: string[] = [];
const reference = new Set(Object.keys(catalogs.nb));
for (const [locale, messages] of Object.entries(catalogs)) {
  const keys = new Set(Object.keys(messages));
  for (const key of reference) if (!keys.has(key)) problems.push(`${locale}: missing key ${key}`);
  for (const key of keys) if (!reference.has(key)) problems.push(`${locale}: key ${key} is not in nb`);
  for (const [key, text] of Object.entries(messages)) if (!text.trim()) problems.push(`${locale}: ${key} is empty`);
  // Placeholders must match the bokmål source, or a translation would show a raw {name}.
  for (const key of reference) {
    const want = [...(catalogs.nb[key as keyof typeof catalogs.nb].matchAll(/\{(\w+)\}/g) ?? [])]
      .map((m) => m[1])
      .sort()
      .join();
    const got = [...((messages as Record<string, string>)[key]?.matchAll(/\{(\w+)\}/g) ?? [])]
      .map((m) => m[1])
      .sort()
      .join();
    if (want !== got) problems.push(`${locale}: ${key} has placeholders {${got}} but nb has {${want}}`);
  }
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(name) && !full.includes(`${path.sep}i18n${path.sep}`)) yield full;
  }
}
const used = /\b(?:t|translate)\(\s*(?:[a-zA-Z.]+,\s*)?['"]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"]/g;
for (const file of sourceFiles('src')) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(used)) {
    if (m[1] && !reference.has(m[1])) problems.push(`${file}: uses unknown key ${m[1]}`);
  }
}

if (problems.length) {
  console.error(`i18n check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n: ${reference.size} keys, complete in ${Object.keys(catalogs).join(', ')}.`);
