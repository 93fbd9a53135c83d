// Scans big trees on every core. Workers read and scan files themselves and send back only
// facts, so file contents never cross threads and memory stays flat as the tree grows.
// The worker is the running bundle itself (dist/index.js or dist/cli/index.js), started in
// worker mode; under the test runner there is no bundle and scanning stays in-process.
// Files are handed out while the tree is still being listed, so listing and scanning overlap.
// Each worker's heap is capped so peak memory stays flat; a worker that dies (out of memory on
// a huge file, or any other crash) has its unfinished batches scanned in-process: nothing is lost.
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanStats } from '../report/types.js';
import type { ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts } from '../scanners/types.js';
import { appendAll } from '../util/append.js';
import { mergeFacts, scanTree, type TreeScan } from './scan-tree.js';

const WORKER_MARK = 'readiness-gate/scan-worker';
/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD = 500;
const BATCH = 200;
/** Old-generation cap per worker: a floor for the scanner's own state plus room for the largest file. */
const WORKER_HEAP_FLOOR_MB = 48;

type TreeOptions = ScanOptions & { maxFileBytes: number };

let workerScript: URL | undefined;

/** Entry points call this with their own module URL so the pool can start copies of them. */
export function enableWorkers(script: URL): void {
  workerScript = script;
}

/** True when this thread was started as a scan worker; the entry point must then do nothing else. */
export function runAsWorkerIfAsked(): boolean {
  if (isMainThread || (workerData as { mark?: string } | undefined)?.mark !== WORKER_MARK) return false;
  const { root, options } = workerData as { root: string; options: TreeOptions };
  const debug = Boolean(process.env.READINESS_GATE_DEBUG);
  let peakHeap = 0;
  parentPort!.on('message', (files: string[] | null) => {
    if (files === null) {
      if (debug) process.stderr.write(`readiness-gate: scan worker peak V8 heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB\n`);
      parentPort!.close();
      return;
    }
    parentPort!.postMessage(scanTree(root, files, options));
    if (debug) peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  });
  return true;
}

/**
 * A scan fed file by file as the listing finds them. It stays in-process for small trees and
 * starts worker threads once the tree is big enough to repay them.
 */
export class StreamingScan {
  private readonly threads: number;
  private buffered: string[] = [];
  private started = false;
  private workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered, oldest first (a worker answers in order). */
  private readonly outstanding = new Map<Worker, string[][]>();
  private nextWorker = 0;
  private pending = 0;
  private readonly facts = emptyFacts();
  private readonly stats: ScanStats = { filesListed: 0, filesScanned: 0, bytesScanned: 0, skipped: {} };
  private failure: unknown;
  private drained?: () => void;

  constructor(
    private readonly root: string,
    private readonly options: TreeOptions,
    threads: number = Number(process.env.READINESS_GATE_THREADS) || Math.max(1, availableParallelism()),
  ) {
    this.threads = workerScript ? threads : 1;
  }

  add(files: readonly string[]): void {
    // A git listing hands over the whole tree at once: appended, never spread as arguments.
    appendAll(this.buffered, files);
    if (!this.started && this.threads >= 2 && this.buffered.length >= PARALLEL_THRESHOLD) this.startWorkers();
    if (this.started) this.dispatch(false);
  }

  async finish(): Promise<TreeScan> {
    if (!this.started) {
      const result = scanTree(this.root, this.buffered, this.options);
      result.stats.filesListed = this.stats.filesListed + this.buffered.length;
      return result;
    }
    this.dispatch(true);
    if (this.pending > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    await Promise.all(this.workers.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.postMessage(null); })));
    if (this.failure) throw this.failure;
    return { facts: this.facts, stats: this.stats };
  }

  /** Stops the workers without waiting for their results (the run cannot go on). */
  async abort(): Promise<void> {
    this.drained = undefined;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private startWorkers(): void {
    if (process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: scanning on ${this.threads} worker threads\n`);
    this.started = true;
    const heapMb = Number(process.env.READINESS_GATE_WORKER_HEAP_MB) || WORKER_HEAP_FLOOR_MB + Math.ceil((8 * this.options.maxFileBytes) / 2 ** 20);
    for (let i = 0; i < this.threads; i++) {
      // A small young generation and a capped old one: scanning makes short-lived strings, and
      // V8 otherwise lets each thread's heap grow far past what it keeps alive.
      const worker = new Worker(workerScript!, {
        workerData: { mark: WORKER_MARK, root: this.root, options: this.options },
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
      });
      this.outstanding.set(worker, []);
      worker.on('message', (result: TreeScan) => {
        this.outstanding.get(worker)?.shift();
        this.collect(result);
      });
      worker.on('error', (error) => this.recover(worker, error));
      this.workers.push(worker);
    }
  }

  /** A worker died: scan what it had not answered here, and go on without it. */
  private recover(worker: Worker, error: Error): void {
    const unanswered = this.outstanding.get(worker) ?? [];
    this.outstanding.delete(worker);
    this.workers = this.workers.filter((w) => w !== worker);
    if (process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: a scan worker stopped (${error.message}); scanning its ${unanswered.length} batches in-process\n`);
    try {
      for (const batch of unanswered) this.collect(scanTree(this.root, batch, this.options));
    } catch (inProcess) {
      this.failure ??= inProcess;
      this.pending = 0;
      this.drained?.();
    }
  }

  /** Batches go round-robin: the listing runs synchronously, so workers cannot ask for more. */
  private dispatch(all: boolean): void {
    while (this.buffered.length >= BATCH || (all && this.buffered.length)) {
      const batch = this.buffered.splice(0, BATCH);
      this.stats.filesListed += batch.length;
      this.pending++;
      if (this.workers.length === 0) {
        // Every worker has died: the rest is scanned here.
        this.collect(scanTree(this.root, batch, this.options));
        continue;
      }
      const worker = this.workers[this.nextWorker++ % this.workers.length]!;
      this.outstanding.get(worker)!.push(batch);
      worker.postMessage(batch);
    }
  }

  private collect(result: TreeScan): void {
    mergeFacts(this.facts, result.facts);
    this.stats.filesScanned += result.stats.filesScanned;
    this.stats.bytesScanned += result.stats.bytesScanned;
    for (const [reason, n] of Object.entries(result.stats.skipped)) {
      const key = reason as keyof ScanStats['skipped'];
      this.stats.skipped[key] = (this.stats.skipped[key] ?? 0) + (n ?? 0);
    }
    if (--this.pending === 0) this.drained?.();
  }
}
