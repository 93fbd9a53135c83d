// Offsets to 1-based line/column, computed only for files that have a finding.

export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    // One pass: counting the lines first to size a typed array read the text twice.
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** 1-based line containing `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - (this.lineStarts()[line - 1] as number) + 1 };
  }

  lineCount(): number {
    return this.lineStarts().length;
  }

  /** Text of a 1-based line without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1] as number;
    const end = line < starts.length ? (starts[line] as number) - 1 : this.text.length;
    const raw = this.text.slice(start, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  lineStart(line: number): number {
    return this.lineStarts()[line - 1] as number;
  }
}

/** Start and end (exclusive, before the line break) of the line containing `offset`, without an index. */
export function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return [start, end];
}

/** The line before this point opened a Go/Helm template action (`{{`) and did not close it. */
export function insideTemplateAction(lead: string): boolean {
  const open = lead.lastIndexOf('{{');
  return open !== -1 && lead.indexOf('}}', open) === -1;
}
