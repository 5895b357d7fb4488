// Depth-first reachability over a state graph given as adjacency lists: the
// one walk both install closures use (members in closure.ts, locked packages
// in lockdiff.ts). Iterative, so deep chains cannot overflow the stack.

/** Calls `visit` once for every state reachable from `starts` (the starts included). */
export function forEachReachable(out: readonly (readonly number[])[], starts: Iterable<number>, visit: (state: number) => void): void {
  const seen = new Uint8Array(out.length);
  const stack: number[] = [];
  for (const s of starts) {
    if (!seen[s]) {
      seen[s] = 1;
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const s = stack.pop()!;
    visit(s);
    for (const t of out[s]!) {
      if (!seen[t]) {
        seen[t] = 1;
        stack.push(t);
      }
    }
  }
}
