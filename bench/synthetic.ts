import { SCHEMA_VERSION, type Graph } from '../src/io/schema';
import bundled from '../graph-data/graph.json';
import { rngFrom as rng } from '../src/domain/random';

const SYLLABLES = ['中', '关', '村', '创', '新', '科', '技', '发', '展', '集', '团', '国', '际', '合', '作', '研', '究', '中', '心', '基', '金'];
const WORDS = ['Innovation', 'Centre', 'Fund', 'Group', 'Park', 'Institute', 'Forum', 'Lab', 'Holdings', 'Network', 'Platform', 'Office'];

/**
 * A graph of `n` nodes and 1.5 n edges like the real one: node types, countries and sectors from
 * graph-data's vocabularies, bilingual names, and positions laid out in advance (clusters on a plane).
 */
export function syntheticGraph(n: number, seed = 42): Graph {
  const r = rng(seed + n);
  const base = bundled as unknown as Graph;
  const v = base.vocabularies;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const side = Math.sqrt(n) * 70;
  const clusters = Array.from({ length: Math.max(4, Math.round(Math.sqrt(n) / 4)) }, () => ({ x: r() * side, y: r() * side }));
  const nodes: Graph['nodes'] = Array.from({ length: n }, (_, i) => {
    const c = pick(clusters);
    const zh = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(SYLLABLES)).join('') + i;
    const en = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const angle = r() * Math.PI * 2;
    const dist = Math.sqrt(r()) * side * 0.12;
    return {
      id: `n${i}`,
      type: pick(v.nodeTypes).id,
      name: { zh, en },
      aliases: [],
      country: r() < 0.85 ? pick(v.countries).code : undefined,
      sectors: [pick(v.sectors).id],
      sources: [],
      position: { x: Math.round(c.x + Math.cos(angle) * dist), y: Math.round(c.y + Math.sin(angle) * dist) },
    };
  });
  const edges: Graph['edges'] = Array.from({ length: Math.round(n * 1.5) }, (_, i) => {
    const s = Math.floor(r() * n);
    // Mostly local links, as real graphs have, with some long ones.
    const t = r() < 0.8 ? (s + 1 + Math.floor(r() * 20)) % n : Math.floor(r() * n);
    return { id: `e${i}`, source: `n${s}`, target: `n${t === s ? (s + 1) % n : t}`, type: pick(v.relationTypes).id, sources: [] };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { title: { zh: `合成图谱 ${n}`, en: `Synthetic graph ${n}` } },
    vocabularies: v,
    nodes,
    edges,
  };
}
