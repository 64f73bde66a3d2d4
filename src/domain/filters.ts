import type { GraphNode } from '../io/schema';
import type { GraphIndex } from './graph';

export const FACETS = ['countries', 'sectors', 'types'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  countries: readonly string[];
  sectors: readonly string[];
  types: readonly string[];
  /** Show the direct neighbours of matching nodes too (dimmed). */
  keepNeighbours: boolean;
  /** Hide what the article does not state (edges and nodes marked inferred). */
  hideInferred: boolean;
  /** Another tool's attributes: checked values per attribute key (OR within, AND across). */
  attrs?: Readonly<Record<string, readonly string[]>>;
  /** Numeric attributes: the range a node's value must fall in, per attribute key. */
  ranges?: Readonly<Record<string, readonly [number, number]>>;
}

export const EMPTY_FILTERS: Filters = { countries: [], sectors: [], types: [], keepNeighbours: false, hideInferred: false };

export function isFiltering(f: Filters): boolean {
  return FACETS.some((k) => f[k].length > 0) || Object.values(f.attrs ?? {}).some((v) => v.length > 0) || Object.keys(f.ranges ?? {}).length > 0;
}

/** An attribute's value as the filters compare it: text, each item of a list, or nothing. */
export function attrTexts(node: GraphNode, key: string): string[] {
  const v = node.attributes?.[key];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

function matchesAttrs(node: GraphNode, f: Filters, exceptAttr?: string): boolean {
  for (const [key, checked] of Object.entries(f.attrs ?? {})) {
    if (key === exceptAttr || checked.length === 0) continue;
    if (!attrTexts(node, key).some((v) => checked.includes(v))) return false;
  }
  for (const [key, [lo, hi]] of Object.entries(f.ranges ?? {})) {
    const v = node.attributes?.[key];
    if (typeof v !== 'number' || v < lo || v > hi) return false;
  }
  return true;
}

/** How many nodes each value of an attribute would show, given every other choice (as facets count). */
export function attrCounts(nodes: readonly GraphNode[], f: Filters, key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (!FACETS.every((k) => matchesFacet(node, k, f[k])) || !matchesAttrs(node, f, key)) continue;
    for (const v of attrTexts(node, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Values of one facet that a node has. */
export function facetValues(node: GraphNode, facet: Facet): readonly string[] {
  if (facet === 'countries') return node.country ? [node.country] : [];
  if (facet === 'sectors') return node.sectors;
  return [node.type];
}

/** Within a group, checked values are OR-ed; an empty group does not restrict. */
function matchesFacet(node: GraphNode, facet: Facet, checked: readonly string[]): boolean {
  if (checked.length === 0) return true;
  return facetValues(node, facet).some((v) => checked.includes(v));
}

/** Groups are AND-ed. `except` leaves one group out, as facet counts need. */
export function matchesFilters(node: GraphNode, f: Filters, except?: Facet): boolean {
  return FACETS.every((k) => k === except || matchesFacet(node, k, f[k])) && matchesAttrs(node, f);
}

/**
 * How many nodes each value of `facet` would show: nodes that match every other group's
 * choices and have that value (as a shop's facets count).
 */
export function facetCounts(nodes: readonly GraphNode[], f: Filters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (!matchesFilters(node, f, facet)) continue;
    for (const v of facetValues(node, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export interface Visibility {
  /** Nodes drawn at all. */
  visible: Set<string>;
  /** Visible only as neighbours of a match ("keep their neighbours"). */
  dimmed: Set<string>;
  /** When set, only these edges may be drawn (the timeline); otherwise any edge between visible nodes. */
  edges?: Set<string>;
}

export function computeVisibility(index: GraphIndex, f: Filters): Visibility {
  const base = facetVisibility(index, f);
  if (!f.hideInferred) return base;
  const visible = new Set([...base.visible].filter((id) => !index.nodeById.get(id)?.inferred));
  return {
    visible,
    dimmed: new Set([...base.dimmed].filter((id) => visible.has(id))),
    edges: new Set(index.graph.edges.filter((e) => !e.inferred).map((e) => e.id)),
  };
}

function facetVisibility(index: GraphIndex, f: Filters): Visibility {
  const nodes = index.graph.nodes;
  if (!isFiltering(f)) return { visible: new Set(nodes.map((n) => n.id)), dimmed: new Set() };
  const visible = new Set(nodes.filter((n) => matchesFilters(n, f)).map((n) => n.id));
  const dimmed = new Set<string>();
  if (f.keepNeighbours) {
    for (const id of [...visible]) {
      for (const { other } of index.incidences.get(id) ?? []) {
        if (!visible.has(other)) dimmed.add(other);
      }
    }
    for (const id of dimmed) visible.add(id);
  }
  return { visible, dimmed };
}

export function toggleValue(f: Filters, facet: Facet, value: string, checked: boolean): Filters {
  const current = f[facet];
  const next = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...f, [facet]: next };
}

export function toggleAttrValue(f: Filters, key: string, value: string, checked: boolean): Filters {
  const current = f.attrs?.[key] ?? [];
  const next = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...f, attrs: { ...f.attrs, [key]: next } };
}

export function setRange(f: Filters, key: string, range: readonly [number, number] | null): Filters {
  const ranges = { ...f.ranges };
  if (range) ranges[key] = range;
  else delete ranges[key];
  return { ...f, ranges };
}
