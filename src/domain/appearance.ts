import type { Graph } from '../io/schema';
import { UNNAMED_RELATION } from './graph';

export interface ColourKey {
  /** The attribute whose values the colours stand for. */
  title: string;
  entries: { colour: string; value: string; count: number }[];
}

const MAX_ENTRIES = 24;

/**
 * What a file's own colours mean, where the file lets it be worked out: the attribute whose values
 * line up one to one with the colours (Gephi colours communities by "Modularity Class"). Null when
 * nodes have no colours of their own, or no attribute explains them.
 */
export function colourKey(graph: Graph): ColourKey | null {
  const coloured = graph.nodes.filter((n) => n.color);
  if (coloured.length < graph.nodes.length / 2) return null;
  const colours = new Set(coloured.map((n) => n.color!));
  if (colours.size < 2 || colours.size > MAX_ENTRIES) return null;
  const defs = graph.meta.attributes?.nodes ?? [];
  for (const def of defs) {
    const byValue = new Map<string, { colour: string; count: number }>();
    const byColour = new Map<string, string>();
    let aligned = true;
    for (const n of coloured) {
      const raw = n.attributes?.[def.key];
      if (raw === undefined || raw === null || Array.isArray(raw)) {
        aligned = false;
        break;
      }
      const value = String(raw);
      const seen = byValue.get(value);
      if (seen && seen.colour !== n.color) aligned = false;
      if (byColour.has(n.color!) && byColour.get(n.color!) !== value) aligned = false;
      if (!aligned) break;
      byColour.set(n.color!, value);
      if (seen) seen.count++;
      else byValue.set(value, { colour: n.color!, count: 1 });
    }
    if (aligned && byValue.size === colours.size) {
      const entries = [...byValue].map(([value, { colour, count }]) => ({ value, colour, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { title: def.title, entries };
    }
  }
  return null;
}

/** Which parts of the interface the graph has a use for: the article's and the vocabularies'. */
export interface Capabilities {
  quotes: boolean;
  inferred: boolean;
  countries: boolean;
  sectors: boolean;
  types: boolean;
  namedRelations: boolean;
  fileColours: boolean;
  /** Most nodes carry a size from their file. */
  fileSizes: boolean;
}

// Facts of a graph that several panels ask for at every render: worked out once per graph.
const capabilityCache = new WeakMap<Graph, Capabilities>();
const attributeCache = new WeakMap<Graph, ColourableAttribute[]>();

export function capabilities(graph: Graph): Capabilities {
  let caps = capabilityCache.get(graph);
  if (!caps) {
    caps = computeCapabilities(graph);
    capabilityCache.set(graph, caps);
  }
  return caps;
}

function computeCapabilities(graph: Graph): Capabilities {
  return {
    quotes: graph.nodes.some((n) => n.sources.length > 0) || graph.edges.some((e) => e.sources.length > 0),
    inferred: graph.edges.some((e) => e.inferred) || graph.nodes.some((n) => n.inferred || (n.inferredFields?.length ?? 0) > 0),
    countries: graph.nodes.some((n) => n.country),
    sectors: graph.nodes.some((n) => n.sectors.length > 0),
    types: graph.vocabularies.nodeTypes.length > 1,
    namedRelations: graph.vocabularies.relationTypes.some((r) => r.id !== UNNAMED_RELATION),
    fileColours: graph.nodes.some((n) => n.color),
    fileSizes: graph.nodes.length > 0 && graph.nodes.filter((n) => n.size !== undefined).length >= graph.nodes.length / 2,
  };
}

/** What colours the nodes: their type, the file's own colours, their community, or an attribute. */
export type ColourBy = 'type' | 'file' | 'community' | `attr:${string}`;

/** Twelve colours that stay apart on white and on the dark canvas; the rest share grey. */
export const CATEGORY_PALETTE = ['#2f6fdf', '#e8590c', '#2b9348', '#c2185b', '#7048e8', '#0b7285', '#d4a017', '#8d6e63', '#1c7ed6', '#e03131', '#5c940d', '#ae3ec9'];
const OTHER = '#9aa4b2';
/** A sequential ramp for numbers: light to dark, readable as "more". */
const RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

export interface Colouring {
  colours: Map<string, string>;
  /** What the legend shows: values with their colours, or a numeric range. */
  legend: { title: string; entries: { colour: string; value: string; count: number }[] } | { title: string; min: number; max: number; ramp: string[] } | null;
}

function ramp(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
  const i = Math.min(Math.floor(x), RAMP.length - 2);
  const f = x - i;
  const a = RAMP[i]!;
  const b = RAMP[i + 1]!;
  const mix = (k: number) => Math.round(parseInt(a.slice(k, k + 2), 16) * (1 - f) + parseInt(b.slice(k, k + 2), 16) * f).toString(16).padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** Colours by category: the most frequent values get the palette, in order; the rest are "other". */
export function categoricalColours(values: ReadonlyMap<string, string | null>, title: string, otherLabel: string): Colouring {
  const counts = new Map<string, number>();
  for (const v of values.values()) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const assigned = new Map(ranked.slice(0, CATEGORY_PALETTE.length).map(([v], i) => [v, CATEGORY_PALETTE[i]!]));
  const colours = new Map<string, string>();
  for (const [id, v] of values) colours.set(id, (v !== null && assigned.get(v)) || OTHER);
  const entries = ranked.slice(0, CATEGORY_PALETTE.length).map(([value, count]) => ({ value, count, colour: assigned.get(value)! }));
  const rest = ranked.slice(CATEGORY_PALETTE.length).reduce((s, [, c]) => s + c, 0) + [...values.values()].filter((v) => v === null).length;
  if (rest) entries.push({ value: otherLabel, count: rest, colour: OTHER });
  return { colours, legend: { title, entries } };
}

/** Colours by number: a ramp from the smallest value to the largest; nodes without a value are grey. */
export function numericColours(values: ReadonlyMap<string, number | null>, title: string): Colouring {
  const present = [...values.values()].filter((v): v is number => v !== null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  const colours = new Map<string, string>();
  for (const [id, v] of values) colours.set(id, v === null ? OTHER : ramp(max > min ? (v - min) / (max - min) : 0.5));
  return { colours, legend: present.length ? { title, min, max, ramp: RAMP } : null };
}

/** Colouring by one of the graph's attributes (numbers as a ramp, anything else by category). */
export function attributeColours(graph: Graph, key: string, otherLabel: string): Colouring {
  const def = graph.meta.attributes?.nodes.find((d) => d.key === key);
  const title = def?.title ?? key;
  if (def?.type === 'number' && colourableAttributes(graph).find((a) => a.key === key)?.kind !== 'category') {
    return numericColours(new Map(graph.nodes.map((n) => [n.id, typeof n.attributes?.[key] === 'number' ? (n.attributes[key] as number) : null])), title);
  }
  const text = (v: unknown) => (v === undefined || v === null ? null : Array.isArray(v) ? v.join(', ') : String(v));
  return categoricalColours(new Map(graph.nodes.map((n) => [n.id, text(n.attributes?.[key])])), title, otherLabel);
}

/** Attributes worth colouring by: numbers, and categories with fewer than half as many values as nodes. */
export interface ColourableAttribute {
  key: string;
  title: string;
  kind: 'number' | 'category';
}
/**
 * Attributes that the explorer already shows another way (the node's type and country, which have
 * their own filters; appearance keys; Cytoscape's selection state) are left out.
 */
const SHOWN_OTHERWISE = new Set(['type', 'kind', 'category', 'country', 'country_code', 'label', 'x', 'y', 'r', 'g', 'b', 'size', 'selected', 'suid']);

export function colourableAttributes(graph: Graph): ColourableAttribute[] {
  let attrs = attributeCache.get(graph);
  if (!attrs) {
    attrs = computeColourable(graph);
    attributeCache.set(graph, attrs);
  }
  return attrs;
}

function computeColourable(graph: Graph): ColourableAttribute[] {
  return (graph.meta.attributes?.nodes ?? []).flatMap((d): ColourableAttribute[] => {
    if (SHOWN_OTHERWISE.has(d.title.trim().toLowerCase())) return [];
    if (d.type === 'number') return [{ key: d.key, title: d.title, kind: numberedClasses(graph, d.key, d.title) ? 'category' : 'number' }];
    const present = graph.nodes.map((n) => n.attributes?.[d.key]).filter((v) => v !== undefined && v !== null).map(String);
    const values = new Set(present);
    // Not a category: a value per node (an IRI, an id), or prose.
    if ((values.size === present.length && present.length > 3) || present.some((v) => v.length > 120)) return [];
    return values.size >= 2 && values.size <= Math.max(24, graph.nodes.length / 2) ? [{ key: d.key, title: d.title, kind: 'category' }] : [];
  });
}

/** Names of numbers that number groups rather than measure anything (Gephi's "Modularity Class"). */
const CLASS_TITLE = /\b(class|classes|cluster|community|communities|group|partition|module|modularity|component|block)\b|_class$|_id$/i;

/** A numeric attribute that numbers groups: whole numbers only, a few dozen at most, and a title that says so. */
function numberedClasses(graph: Graph, key: string, title: string): boolean {
  if (!CLASS_TITLE.test(title) && !CLASS_TITLE.test(key)) return false;
  const values = new Set<number>();
  for (const n of graph.nodes) {
    const v = n.attributes?.[key];
    if (typeof v !== 'number') continue;
    if (!Number.isInteger(v)) return false;
    values.add(v);
    if (values.size > 48) return false;
  }
  return values.size >= 2;
}

/** How a graph is coloured when nobody has chosen: in its file's own colours where it has them. */
export function defaultColourBy(graph: Graph): ColourBy {
  return capabilities(graph).fileColours ? 'file' : 'type';
}
