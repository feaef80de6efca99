import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * The embedded database is one process's alone: a lock file in the data folder makes a second
 * process on the same folder stop with a clear message instead of corrupting it. A lock left by a
 * crashed process goes stale after 30 seconds.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'tillit.lock'),
      stale: 30_000,
      update: 10_000,
      retries: 0,
      realpath: false,
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      throw new Error(
        `Another Tillit process is using the data folder ${path.resolve(dataDir)}. ` +
          'Stop it first, or set DATA_DIR to another folder.',
      );
    }
    throw err;
  }
}
