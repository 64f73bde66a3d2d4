/**
 * A Chrome DevTools CPU profile, summarised: self time per function (the 30 heaviest), and the
 * inclusive time of the functions named in BENCH_PROFILE_FNS (comma-separated; all when empty).
 * Used by bench/profile.ts and by `BENCH_PROFILE=1 npm run bench:sparql`.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export function summariseProfile(profile: CpuProfile, wanted = (process.env.BENCH_PROFILE_FNS ?? '').split(',').filter(Boolean)): string {
  const lines: string[] = [];
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + t);
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  lines.push(`total ms ${(total / 1000).toFixed(0)}`);
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) lines.push(`${(v / 1000).toFixed(1).padStart(8)} ${k}`);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const inclusive = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if ((wanted.length === 0 || wanted.includes(name)) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      }
    }
  }
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) lines.push(`inclusive ${(v / 1000).toFixed(1).padStart(8)} ${k}`);
  return lines.join('\n');
}
