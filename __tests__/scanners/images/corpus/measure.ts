// Self-measurement of the image scanner on a labelled corpus of realistic files.
// Positives are image references with their expected status; decoys are lines that look like
// image references (an `image:` key, a FROM of a stage, a URL) but are not container images.
//   recall  = positives found at the right line with the right image / positives
//   fpRate  = reports that match no positive / decoys
import type { ImageStatus, SourceFile } from '../../../../src/scanners/types.js';
import { scanImages } from '../../../../src/scanners/images/index.js';
import { IMAGE_CORPUS, type CorpusCase } from './data.js';

export interface CorpusFigures {
  files: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Of the positives found, how many got the expected status. */
  statusCorrect: number;
  recall: number;
  fpRate: number;
  statusAccuracy: number;
  misses: string[];
  falseAlarms: string[];
  wrongStatus: string[];
}

export interface ResolvedExpectation {
  line: number;
  image: string;
  status: ImageStatus;
}

/** Turns the needles of a case into line numbers; throws when the corpus is inconsistent. */
export function resolveCase(testCase: CorpusCase): { positives: ResolvedExpectation[]; decoys: number[] } {
  const lines = testCase.text.split(/\r\n|\r|\n/);
  const find = (needle: string, from: number): number => {
    for (let index = Math.max(0, from - 1); index < lines.length; index++) {
      const line = lines[index]!;
      // A trailing '$' anchors the needle at the end of the line.
      if (needle.endsWith('$') ? line.trimEnd().endsWith(needle.slice(0, -1)) : line.includes(needle)) return index + 1;
    }
    throw new Error(`corpus ${testCase.path}: needle not found after line ${from}: ${needle}`);
  };
  const positives: ResolvedExpectation[] = [];
  let cursor = 1;
  for (const [image, status, needle] of testCase.positives) {
    const line = find(needle ?? image, cursor);
    positives.push({ line, image, status });
    cursor = line;
  }
  const decoys = (testCase.decoys ?? []).map((needle) => find(needle, 1));
  return { positives, decoys };
}

export function measureImageCorpus(corpus: readonly CorpusCase[] = IMAGE_CORPUS): CorpusFigures {
  const figures: CorpusFigures = {
    files: corpus.length,
    positives: 0,
    negatives: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    statusCorrect: 0,
    recall: 0,
    fpRate: 0,
    statusAccuracy: 0,
    misses: [],
    falseAlarms: [],
    wrongStatus: [],
  };
  for (const testCase of corpus) {
    const { positives, decoys } = resolveCase(testCase);
    figures.positives += positives.length;
    figures.negatives += decoys.length;
    const file: SourceFile = { path: testCase.path, text: testCase.text, context: 'source' };
    const reported = scanImages(file);
    const used = new Set<number>();
    for (const expected of positives) {
      const index = reported.findIndex(
        (ref, i) => !used.has(i) && ref.line === expected.line && ref.image === expected.image,
      );
      if (index < 0) {
        figures.falseNegatives++;
        figures.misses.push(`${testCase.path}:${expected.line} ${expected.image}`);
        continue;
      }
      used.add(index);
      figures.truePositives++;
      if (reported[index]!.status === expected.status) figures.statusCorrect++;
      else figures.wrongStatus.push(`${testCase.path}:${expected.line} ${expected.image} expected ${expected.status}, got ${reported[index]!.status}`);
    }
    reported.forEach((ref, i) => {
      if (used.has(i)) return;
      figures.falsePositives++;
      figures.falseAlarms.push(`${testCase.path}:${ref.line}:${ref.column} ${ref.image}`);
    });
  }
  figures.recall = figures.positives === 0 ? 1 : figures.truePositives / figures.positives;
  figures.fpRate = figures.negatives === 0 ? 0 : figures.falsePositives / figures.negatives;
  figures.statusAccuracy = figures.truePositives === 0 ? 1 : figures.statusCorrect / figures.truePositives;
  return figures;
}
