// Self-measurement: recall and false-positive rate on a corpus of realistic snippets.
import { measureCorpus, NEGATIVES, POSITIVES } from './corpus/corpus.js';

describe('self-measurement corpus', () => {
  it('has at least 150 positives and 150 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(150);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(150);
  });

  it('recall >= 0.90 and false-positive rate <= 0.05', () => {
    const m = measureCorpus();
    // Printed so a run shows the figures (the bench script prints them too).
    console.log(
      `secret scanner corpus: recall ${(m.recall * 100).toFixed(1)}% (${m.positives - m.missed.length}/${m.positives}), ` +
        `false positives ${(m.falsePositiveRate * 100).toFixed(1)}% (${m.falsePositives.length}/${m.negatives})` +
        (m.missed.length ? `\n  missed: ${m.missed.join('; ')}` : '') +
        (m.falsePositives.length ? `\n  false positives: ${m.falsePositives.join('; ')}` : ''),
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});
