import { measureImageCorpus, resolveCase } from './corpus/measure.js';
import { IMAGE_CORPUS } from './corpus/data.js';

describe('image corpus self-measurement', () => {
  const figures = measureImageCorpus();

  it('has enough labelled data across formats', () => {
    expect(figures.positives).toBeGreaterThanOrEqual(100);
    expect(figures.negatives).toBeGreaterThanOrEqual(60);
    for (const testCase of IMAGE_CORPUS) expect(() => resolveCase(testCase)).not.toThrow();
  });

  it('meets recall ≥ 0.95 and false-positive rate ≤ 0.05', () => {
    // Printed so a failing run says which references were missed or invented.
    if (figures.recall < 0.95 || figures.fpRate > 0.05) {
      console.log(JSON.stringify({ misses: figures.misses, falseAlarms: figures.falseAlarms }, null, 2));
    }
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.fpRate).toBeLessThanOrEqual(0.05);
  });

  it('assigns the expected status', () => {
    if (figures.statusAccuracy < 0.95) console.log(figures.wrongStatus.join('\n'));
    expect(figures.statusAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
