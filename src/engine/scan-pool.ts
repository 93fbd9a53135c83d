// Scans big trees on every core. Workers read and scan files themselves and send back only
// facts, so file contents never cross threads and memory stays flat as the tree grows.
// The worker is the running bundle itself (dist/index.js or dist/cli/index.js), started in
// worker mode; under the test runner there is no bundle and scanning stays in-process.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanStats } from '../report/types.js';
import type { ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts } from '../scanners/types.js';
import { mergeFacts, scanTree, type TreeScan } from './scan-tree.js';

const WORKER_MARK = 'readiness-gate/scan-worker';
/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD = 500;
const BATCH = 200;

let workerScript: URL | undefined;

/** Entry points call this with their own module URL so the pool can start copies of them. */
export function enableWorkers(script: URL): void {
  workerScript = script;
}

/** True when this thread was started as a scan worker; the entry point must then do nothing else. */
export function runAsWorkerIfAsked(): boolean {
  if (isMainThread || (workerData as { mark?: string } | undefined)?.mark !== WORKER_MARK) return false;
  const { root, options } = workerData as { root: string; options: ScanOptions & { maxFileBytes: number } };
  parentPort!.on('message', (files: string[] | null) => {
    if (files === null) {
      parentPort!.close();
      return;
    }
    parentPort!.postMessage(scanTree(root, files, options));
  });
  return true;
}

export async function scanTreeParallel(
  root: string,
  files: readonly string[],
  options: ScanOptions & { maxFileBytes: number },
  threads: number = Number(process.env.READINESS_GATE_THREADS) || Math.max(1, availableParallelism()),
): Promise<TreeScan> {
  if (!workerScript || threads < 2 || files.length < PARALLEL_THRESHOLD) return scanTree(root, files, options);
  if (process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: scanning ${files.length} files on ${threads} worker threads\n`);
  const facts = emptyFacts();
  const stats: ScanStats = { filesListed: files.length, filesScanned: 0, bytesScanned: 0, skipped: {} };
  let next = 0;
  const take = () => {
    if (next >= files.length) return null;
    const batch = files.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const script = workerScript;
  await Promise.all(
    Array.from({ length: Math.min(threads, Math.ceil(files.length / BATCH)) }, () =>
      new Promise<void>((resolve, reject) => {
        // A small young generation: scanning makes short-lived strings, and V8's default
        // semi-spaces per thread would otherwise dominate peak memory.
        const worker = new Worker(script, { workerData: { mark: WORKER_MARK, root, options }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        worker.on('message', (result: TreeScan) => {
          mergeFacts(facts, result.facts);
          stats.filesScanned += result.stats.filesScanned;
          stats.bytesScanned += result.stats.bytesScanned;
          for (const [reason, n] of Object.entries(result.stats.skipped)) {
            const key = reason as keyof ScanStats['skipped'];
            stats.skipped[key] = (stats.skipped[key] ?? 0) + (n ?? 0);
          }
          worker.postMessage(take());
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scan worker exited with code ${code}`))));
        worker.postMessage(take());
      }),
    ),
  );
  return { facts, stats };
}
