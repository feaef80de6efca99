// Worker thread for one grouping solve: loads HiGHS (WASM), solves the posted input, posts the result.
// Plain erasable TypeScript with `.ts` imports, so Node loads it itself (also when spawned under vitest).

import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import type { GroupingInput } from './model.ts';
import { type SolveOptions, solveWithHighs } from './solve.ts';

export interface WorkerRequest {
  input: GroupingInput;
  options: SolveOptions;
}

const request = workerData as WorkerRequest;
const port = parentPort;
if (!port) throw new Error('grouping worker must run in a worker thread');

try {
  const highs = await loadHighs();
  port.postMessage({ ok: true, result: solveWithHighs(highs, request.input, request.options) });
} catch (error) {
  port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
