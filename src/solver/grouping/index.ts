// Network grouping: the one entry point the networks module calls. Each solve runs in its own worker
// thread, so a long solve never blocks requests and the WASM memory it grew is freed when it ends.

import { Worker } from 'node:worker_threads';
import type { GroupingInput, GroupingResult } from './model.ts';
import type { SolveOptions } from './solve.ts';
import type { WorkerRequest } from './worker.ts';

export { bestSimpleGrouping, dealGrouping, greedyGrouping } from './greedy.ts';
export * from './model.ts';
export type { SolveOptions } from './solve.ts';

export interface SolveGroupingOptions extends SolveOptions {
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Proposes network groups for one programme; resolves with groups, their reasons, bound and status, or issues. */
export function solveGrouping(input: GroupingInput, options: SolveGroupingOptions = {}): Promise<GroupingResult> {
  const { signal, ...solveOptions } = options;
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const request: WorkerRequest = { input, options: solveOptions };
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: request });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: { ok: true; result: GroupingResult } | { ok: false; error: string }) => {
      settle(() =>
        message.ok ? resolve(message.result) : reject(new Error(`grouping solve failed: ${message.error}`)),
      );
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`grouping worker exited with code ${code}`))));
  });
}
