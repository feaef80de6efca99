// Plain JavaScript on purpose: this file must run on any Node, so it can tell an old Node what to do
// before the TypeScript server (which needs Node 24's type stripping) is loaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < MIN_MAJOR) {
  console.error(
    `Tillit needs Node ${MIN_MAJOR} or newer, but this is Node ${process.versions.node}.\n` +
      'Start it with "npm start", which uses the Node 24 that "npm install" puts in node_modules, or install Node 24.',
  );
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'dist/web/index.html')) || process.argv.includes('--build')) {
  console.log('Bygger webappen …');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (process.argv.includes('--dev')) process.env.NODE_ENV ??= 'development';
await import('../src/server/main.ts');
