// A unified diff of two texts, for `ff codegen --check` to show what is stale. Myers' O((N+M)·D)
// algorithm: generated files are long but differ in few lines, so D stays small.

type Edit = { op: ' ' | '-' | '+'; line: string };

function edits(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  const choose = (w: Int32Array, k: number, d: number): number =>
    k === -d || (k !== d && w[offset + k - 1]! < w[offset + k + 1]!) ? k + 1 : k - 1;
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const from = choose(v, k, d);
      let x = from === k + 1 ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  // Walk the trace backwards (trace[d] is the state before step d) to recover the edit script.
  const script: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const w = trace[d]!;
    const k = x - y;
    const prevK = choose(w, k, d);
    const prevX = w[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      script.push({ op: ' ', line: a[x]! });
    }
    if (d === 0) break;
    if (x === prevX) script.push({ op: '+', line: b[--y]! });
    else script.push({ op: '-', line: a[--x]! });
  }
  return script.reverse();
}

/** `--- a` / `+++ b` hunks with `context` lines around each change; '' when the texts are equal. */
export function unifiedDiff(before: string, after: string, labels: [string, string], context = 3): string {
  if (before === after) return '';
  const script = edits(before.split('\n'), after.split('\n'));
  // Line numbers (1-based) of each entry in either text.
  const at: { a: number; b: number }[] = [];
  let lineA = 1;
  let lineB = 1;
  for (const e of script) {
    at.push({ a: lineA, b: lineB });
    if (e.op !== '+') lineA++;
    if (e.op !== '-') lineB++;
  }
  const changed = script.flatMap((e, i) => (e.op === ' ' ? [] : [i]));
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`];
  for (let g = 0; g < changed.length;) {
    // Changes closer than 2 × context lines share a hunk.
    let last = g;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const from = Math.max(0, changed[g]! - context);
    const to = Math.min(script.length, changed[last]! + context + 1);
    const hunk = script.slice(from, to);
    const countA = hunk.filter((e) => e.op !== '+').length;
    const countB = hunk.filter((e) => e.op !== '-').length;
    out.push(`@@ -${at[from]!.a},${countA} +${at[from]!.b},${countB} @@`);
    for (const e of hunk) out.push(`${e.op}${e.line}`);
    g = last + 1;
  }
  return out.join('\n') + '\n';
}
