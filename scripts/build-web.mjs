// Builds the web app (src/web → dist/web) with Vite's JS API, then reports its weight: the initial
// JavaScript (the entry script and the chunks index.html modulepreloads, i.e. what every first visit
// downloads before anything shows) must stay under the budget, or the build fails.
// Plain JavaScript so `npm start` can run it before anything else; needs Node 24 (npm scripts use it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_BYTES = 200_000; // 200 kB gzip of initial JavaScript (issue 2, item 11)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/web');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const initial = new Set();
for (const match of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) initial.add(match[1]);
for (const match of html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g)) initial.add(match[1]);
if (initial.size === 0) {
  console.error('build-web: found no entry script in dist/web/index.html');
  process.exit(1);
}
const initialCss = [...html.matchAll(/<link[^>]*\srel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]);
const local = (href) => path.join(outDir, href.replace(/^\//, ''));

const initialJs = [...initial].reduce((sum, href) => sum + gzipSize(local(href)), 0);
const initialStyles = initialCss.reduce((sum, href) => sum + gzipSize(local(href)), 0);
let allJs = 0;
let all = 0;
let chunks = 0;
for (const file of files(outDir)) {
  const size = /\.(js|css|html|svg|json)$/.test(file) ? gzipSize(file) : statSync(file).size;
  all += size;
  if (file.endsWith('.js')) {
    allJs += size;
    chunks += 1;
  }
}

console.log(`Web app built to dist/web (gzip sizes; fonts as stored):`);
console.log(`  initial JavaScript: ${kb(initialJs)} in ${initial.size} file(s) (budget ${kb(BUDGET_BYTES)})`);
console.log(`  initial CSS:        ${kb(initialStyles)}`);
console.log(`  all JavaScript:     ${kb(allJs)} in ${chunks} chunks`);
console.log(`  whole build:        ${kb(all)}`);
if (initialJs > BUDGET_BYTES) {
  console.error(`build-web: the initial JavaScript is ${kb(initialJs)}, over the ${kb(BUDGET_BYTES)} budget.`);
  process.exit(1);
}
