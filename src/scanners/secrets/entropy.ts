// Shannon entropy in bits per character: random tokens score high, words and repeated characters low.

const counts = new Int32Array(65536);

export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  let entropy = 0;
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i);
    counts[code] = (counts[code] as number) + 1;
  }
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i);
    const c = counts[code] as number;
    if (c === 0) continue;
    const p = c / n;
    entropy -= p * Math.log2(p);
    counts[code] = 0;
  }
  return entropy;
}
