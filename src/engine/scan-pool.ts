// Scans big trees on every core: the main thread lists the tree and scans too, and one worker
// thread per other core scans beside it. Workers read and scan files themselves and send back
// only facts, so file contents never cross threads and memory stays flat as the tree grows.
// The worker is the running bundle itself (dist/index.js or dist/cli/index.js), started in
// worker mode; under the test runner there is no bundle and scanning stays in-process.
// Batches of files are published to every thread while the tree is still being listed; each
// thread claims the next unclaimed batch through one shared counter, so no thread idles while
// another has a queue, and listing and scanning overlap.
// Each worker's heap is capped so peak memory stays flat; a worker that dies (out of memory on
// a huge file, or any other crash) has its unanswered batches scanned in-process: nothing is lost.
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanStats } from '../report/types.js';
import type { ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts } from '../scanners/types.js';
import { appendAll } from '../util/append.js';
import { mergeFacts, mergeStats, scanTree, type HandOff, type TreeScan } from './scan-tree.js';

const WORKER_MARK = 'readiness-gate/scan-worker';
/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD = 500;
const BATCH = 200;
/** While listing, the main thread scans a batch only when more than this many wait unclaimed. */
const BACKLOG = 4;
/**
 * Files over this size that the main thread claims go to the workers instead: their heaps are
 * capped, the main thread's is not, and a few big strings at once would raise peak memory.
 */
const MAIN_THREAD_MAX_FILE = 128 * 1024;
/**
 * Old-generation cap per worker: a floor for the scanner's own state plus room for the largest file.
 * The parse of a big YAML file keeps tens of MiB alive at once; near the cap V8 runs a full GC on
 * almost every allocation, and with a 48 MiB floor a worker spent about a third more CPU than the
 * main thread on the same files. V8 grows the heap only as far as needed, so a higher cap costs
 * no memory on ordinary files.
 */
const WORKER_HEAP_FLOOR_MB = 96;

type TreeOptions = ScanOptions & { maxFileBytes: number };

interface WorkerData {
  mark: string;
  root: string;
  options: TreeOptions;
  /** Two Int32s, shared by every scanning thread: the index of the next batch to claim in each queue. */
  claims: SharedArrayBuffer;
}

/** Queue 0 holds the listed files; queue 1 the big files the main thread handed off, for workers only. */
type Queue = 0 | 1;
const LISTED: Queue = 0;
const HANDED_OFF: Queue = 1;

interface Batch {
  queue: Queue;
  files: string[];
}

interface BatchResult {
  queue: Queue;
  batch: number;
  result: TreeScan;
}

let workerScript: URL | undefined;

/** Entry points call this with their own module URL so the pool can start copies of them. */
export function enableWorkers(script: URL): void {
  workerScript = script;
}

/** Claims the next batch of `queue` if one of its first `available` is unclaimed; -1 when none is. */
function claim(next: Int32Array, queue: Queue, available: number): number {
  for (;;) {
    const k = Atomics.load(next, queue);
    if (k >= available) return -1;
    if (Atomics.compareExchange(next, queue, k, k + 1) === k) return k;
  }
}

/** True when this thread was started as a scan worker; the entry point must then do nothing else. */
export function runAsWorkerIfAsked(): boolean {
  if (isMainThread || (workerData as WorkerData | undefined)?.mark !== WORKER_MARK) return false;
  const { root, options, claims } = workerData as WorkerData;
  const next = new Int32Array(claims);
  const debug = Boolean(process.env.READINESS_GATE_DEBUG);
  let peakHeap = 0;
  // Every published batch per queue, by index; claiming batch k means every batch before k is
  // claimed, so those are dropped.
  const batches: [(string[] | undefined)[], (string[] | undefined)[]] = [[], []];
  const dropped = [0, 0];
  const scan = (queue: Queue, k: number) => {
    const list = batches[queue];
    for (; dropped[queue]! < k; dropped[queue]!++) list[dropped[queue]!] = undefined;
    const files = list[k]!;
    list[k] = undefined;
    const answer: BatchResult = { queue, batch: k, result: scanTree(root, files, options) };
    parentPort!.postMessage(answer);
    if (debug) peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  };
  parentPort!.on('message', (message: Batch | null) => {
    if (message === null) {
      if (debug) process.stderr.write(`readiness-gate: scan worker peak V8 heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB\n`);
      parentPort!.close();
      return;
    }
    batches[message.queue].push(message.files);
    for (;;) {
      let k = claim(next, HANDED_OFF, batches[HANDED_OFF].length);
      if (k >= 0) {
        scan(HANDED_OFF, k);
        continue;
      }
      k = claim(next, LISTED, batches[LISTED].length);
      if (k < 0) break;
      scan(LISTED, k);
    }
  });
  return true;
}

/**
 * A scan fed file by file as the listing finds them. It stays in-process for small trees and
 * starts worker threads once the tree is big enough to repay them.
 */
export class StreamingScan {
  private readonly threads: number;
  /** Listed files not yet in a batch. */
  private buffered: string[] = [];
  private started = false;
  private workers: Worker[] = [];
  /** Every published batch per queue, by index, kept until the end for the rescue of a dead worker's share. */
  private readonly batches: [string[][], string[][]] = [[], []];
  /** Per queue and batch: its result has been merged (scanned here or answered by a worker). */
  private readonly answered: [boolean[], boolean[]] = [[], []];
  private readonly next = new Int32Array(new SharedArrayBuffer(8));
  /** The main thread scans too, unless READINESS_GATE_MAIN_THREAD_SCANS=0 (tests that need the workers to see every file). */
  private readonly mainScans = process.env.READINESS_GATE_MAIN_THREAD_SCANS !== '0';
  private closed = false;
  private readonly facts = emptyFacts();
  private readonly stats: ScanStats = { filesListed: 0, filesScanned: 0, bytesScanned: 0, skipped: {} };
  private failure: unknown;

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
    if (!this.started) return;
    this.publish(false);
    // The listing runs synchronously; the main thread takes a share only when the workers have a
    // backlog, so they never wait for the listing.
    while (this.mainScans && this.batches[LISTED].length - Atomics.load(this.next, LISTED) > BACKLOG && this.scanOneHere());
  }

  async finish(): Promise<TreeScan> {
    if (!this.started) {
      const result = scanTree(this.root, this.buffered, this.options);
      result.stats.filesListed = this.stats.filesListed + this.buffered.length;
      return result;
    }
    this.publish(true);
    if (this.mainScans || this.workers.length === 0) while (this.scanOneHere());
    // A worker answers everything it claimed before it exits; then whatever is still unanswered
    // (handed off, or claimed by a worker that died) is scanned here.
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise((resolve) => {
            w.once('exit', resolve);
            w.postMessage(null);
          }),
      ),
    );
    this.closed = true;
    for (const queue of [LISTED, HANDED_OFF]) {
      const lost = this.batches[queue].flatMap((_, k) => (this.answered[queue][k] ? [] : [k]));
      if (lost.length && process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: scanning ${lost.length} unanswered batches in-process\n`);
      for (const k of lost) this.scanHere(queue, k);
    }
    if (this.failure) throw this.failure;
    return { facts: this.facts, stats: this.stats };
  }

  /** Stops the workers without waiting for their results (the run cannot go on). */
  async abort(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private startWorkers(): void {
    const workers = this.threads - 1;
    if (process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: scanning on ${this.threads} threads (the main thread and ${workers} worker${workers === 1 ? '' : 's'})\n`);
    this.started = true;
    const heapMb = Number(process.env.READINESS_GATE_WORKER_HEAP_MB) || WORKER_HEAP_FLOOR_MB + Math.ceil((8 * this.options.maxFileBytes) / 2 ** 20);
    const data: WorkerData = { mark: WORKER_MARK, root: this.root, options: this.options, claims: this.next.buffer as SharedArrayBuffer };
    for (let i = 0; i < workers; i++) {
      // A small young generation and a capped old one: scanning makes short-lived strings, and
      // V8 otherwise lets each thread's heap grow far past what it keeps alive.
      const worker = new Worker(workerScript!, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: heapMb } });
      worker.on('message', (answer: BatchResult) => {
        if (this.closed || this.answered[answer.queue][answer.batch]) return;
        this.answered[answer.queue][answer.batch] = true;
        this.collect(answer.result);
      });
      worker.on('error', (error) => this.lose(worker, error));
      this.workers.push(worker);
    }
  }

  /** A worker died: go on without it; what it claimed and did not answer is scanned in finish(). */
  private lose(worker: Worker, error: Error): void {
    this.workers = this.workers.filter((w) => w !== worker);
    if (process.env.READINESS_GATE_DEBUG) process.stderr.write(`readiness-gate: a scan worker stopped (${error.message}); its unanswered batches will be scanned in-process\n`);
  }

  /** Cuts the buffered files into batches and offers each to every worker. */
  private publish(all: boolean): void {
    while (this.buffered.length >= BATCH || (all && this.buffered.length)) {
      const files = this.buffered.splice(0, BATCH);
      this.stats.filesListed += files.length;
      this.offer({ queue: LISTED, files });
    }
  }

  private offer(batch: Batch): void {
    this.batches[batch.queue].push(batch.files);
    for (const worker of this.workers) worker.postMessage(batch);
  }

  /** Claims and scans one listed batch on this thread; false when none is left to claim. */
  private scanOneHere(): boolean {
    const k = claim(this.next, LISTED, this.batches[LISTED].length);
    if (k < 0) return false;
    this.scanHere(LISTED, k);
    return true;
  }

  private scanHere(queue: Queue, k: number): void {
    try {
      // While a worker lives, big files go to it (see MAIN_THREAD_MAX_FILE).
      const handOff: HandOff | undefined = this.workers.length && !this.closed ? { above: MAIN_THREAD_MAX_FILE, files: [] } : undefined;
      this.collect(scanTree(this.root, this.batches[queue][k]!, this.options, handOff));
      this.answered[queue][k] = true;
      if (handOff?.files.length) this.offer({ queue: HANDED_OFF, files: handOff.files });
    } catch (error) {
      this.failure ??= error;
    }
  }

  private collect(result: TreeScan): void {
    mergeFacts(this.facts, result.facts);
    mergeStats(this.stats, result.stats);
  }
}
