import countries from 'i18n-iso-countries';
import { countryLabel } from '../countries';
import { SCHEMA_VERSION, type AttrDef, type AttrValue } from '../schema';

/** A node or edge as an import format describes it, before it becomes graph-data. */
export interface RawNode {
  id: unknown;
  label?: unknown;
  type?: unknown;
  country?: unknown;
  url?: unknown;
  x?: unknown;
  y?: unknown;
  description?: unknown;
  /** Everything else the file says of the node, by attribute key. */
  attributes?: Record<string, AttrValue>;
  color?: string;
  size?: number;
  shape?: string;
  /** Further labels (yEd allows several per node): kept as aliases. */
  otherLabels?: string[];
}
export interface RawEdge {
  id?: unknown;
  source: unknown;
  target: unknown;
  type?: unknown;
  label?: string;
  weight?: number;
  directed?: boolean;
  color?: string;
  attributes?: Record<string, AttrValue>;
}

import { UNNAMED_RELATION } from '../../domain/graph';

/** What a file says of the graph as a whole. */
export interface RawGraphInfo {
  directed?: boolean;
  nodeAttrs?: AttrDef[];
  edgeAttrs?: AttrDef[];
  creator?: string;
}

/** Keys that would change an object's prototype are kept under another name. */
const safeKey = (k: string) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? `${k}_` : k);
function safeAttributes(a: Record<string, AttrValue> | undefined): Record<string, AttrValue> | undefined {
  if (!a) return undefined;
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(a)) out[safeKey(k)] = v;
  return Object.keys(out).length ? out : undefined;
}

/**
 * How much a value reads as a name: text with spaces, lower case or Han reads best; capitals alone
 * ("RELX") fairly; letters mixed with digits and no space ("STN01", "P04637") read as codes; digits
 * alone or JSON not at all.
 */
function readability(v: unknown): number {
  if (typeof v !== 'string' || !v.trim()) return 0;
  const t = v.trim();
  if (/^[[{]/.test(t) || !/\p{L}/u.test(t)) return 0;
  if (/[\p{Script=Han}]/u.test(t) || /\s/.test(t) || /\p{Ll}{2}/u.test(t)) return 1;
  if (/\d/.test(t)) return 0.3;
  return 0.6;
}

/**
 * The field that names the nodes best: the file's own label where there is one and it reads as a
 * name, else the string attribute whose values read most like names and differ most from node to
 * node (a Cytoscape export whose `name` is a code and whose `station_name` holds the names).
 */
export function bestLabelField(nodes: readonly RawNode[], defs: readonly AttrDef[]): string | null {
  if (!nodes.length) return null;
  const score = (values: unknown[]) => {
    const present = values.filter((v) => typeof v === 'string' && v.trim() !== '') as string[];
    if (present.length < nodes.length * 0.5) return 0;
    const read = present.reduce((sum, v) => sum + readability(v), 0) / present.length;
    return read * (new Set(present).size / present.length) * (present.length / nodes.length);
  };
  let best: { key: string | null; score: number } = { key: null, score: score(nodes.map((n) => n.label)) };
  const candidates = defs.filter((d) => d.type === 'string').map((d) => d.key);
  for (const key of candidates) {
    const s = score(nodes.map((n) => n.attributes?.[key]));
    if (s > best.score + 0.05) best = { key, score: s };
  }
  return best.key;
}

export const PALETTE = ['#2f6fdf', '#c0392b', '#8e44ad', '#2e8b57', '#d35400', '#a0522d', '#c2185b', '#00897b', '#b8860b', '#3949ab', '#6b7280', '#0097a7'];
export const SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'round-tag', 'octagon', 'star', 'barrel', 'rectangle', 'triangle', 'pentagon', 'round-diamond'];

/** Ids as text: numbers are accepted (GraphML and CSV often use them), anything else is left for the schema to refuse. */
function asId(v: unknown): unknown {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
}
function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
function asNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return n;
}

/**
 * Turns nodes and edges read from another format into a graph-data document, with vocabularies
 * made from what the file holds. Missing fields get defaults (label from id, no country); what
 * cannot be made right (a missing id, a non-finite position) is passed on for the schema to refuse.
 */
export function buildGraph(title: string, rawNodes: readonly RawNode[], rawEdges: readonly RawEdge[], info: RawGraphInfo = {}): unknown {
  const labelField = bestLabelField(rawNodes, info.nodeAttrs ?? []);
  const typeIds: string[] = [];
  const relationIds: string[] = [];
  const countryCodes = new Set<string>();
  const nodes = rawNodes.map((n) => {
    const id = asId(n.id);
    const fromField = labelField ? asText(n.attributes?.[labelField]) : undefined;
    const labelText = fromField ?? asText(n.label) ?? (typeof id === 'string' ? id : undefined);
    const type = asText(n.type) ?? 'node';
    if (!typeIds.includes(type)) typeIds.push(type);
    const code = asText(n.country)?.toUpperCase();
    const country = code && countries.isValid(code) && code.length === 2 ? code : undefined;
    if (country) countryCodes.add(country);
    const aliases = [...new Set([...(fromField && asText(n.label) && asText(n.label) !== fromField ? [asText(n.label)!] : []), ...(n.otherLabels ?? [])])];
    const out: Record<string, unknown> = { id, type, name: { zh: labelText, en: labelText }, aliases, sectors: [], sources: [] };
    if (n.color && /^#[0-9a-f]{6}$/i.test(n.color)) out.color = n.color.toLowerCase();
    if (typeof n.size === 'number' && Number.isFinite(n.size) && n.size > 0) out.size = n.size;
    const attributes = safeAttributes(n.attributes);
    if (attributes) out.attributes = attributes;
    if (country) out.country = country;
    const url = asText(n.url);
    if (url) out.url = url;
    const description = asText(n.description);
    if (description) out.description = { zh: description, en: description };
    if (n.x !== undefined || n.y !== undefined) out.position = { x: asNumber(n.x), y: asNumber(n.y) };
    return out;
  });
  // Node ids and edge ids are separate namespaces in GEXF, GraphML and Cytoscape files (Gephi numbers
  // both from 0); the canvas needs one. An edge whose id is taken gets another, and keeps its own as fileId.
  const taken = new Set<string>(nodes.map((n) => n.id).filter((x): x is string => typeof x === 'string'));
  const edges = rawEdges.map((e, i) => {
    const type = asText(e.type) ?? UNNAMED_RELATION;
    if (!relationIds.includes(type)) relationIds.push(type);
    const own = asId(e.id);
    let id: unknown = own;
    let fileId: string | undefined;
    if (own === undefined || own === null || own === '' || (typeof own === 'string' && taken.has(own))) {
      if (typeof own === 'string' && own !== '') fileId = own;
      id = `e${i}`;
      while (taken.has(id as string)) id = `${id}_`;
    }
    if (typeof id === 'string') taken.add(id);
    const out: Record<string, unknown> = { id, source: asId(e.source), target: asId(e.target), type, sources: [] };
    if (fileId !== undefined) out.fileId = fileId;
    const label = asText(e.label);
    if (label) out.label = label.slice(0, 1000);
    if (typeof e.weight === 'number' && Number.isFinite(e.weight)) out.weight = e.weight;
    if (e.directed !== undefined) out.directed = e.directed;
    if (e.color && /^#[0-9a-f]{6}$/i.test(e.color)) out.color = e.color.toLowerCase();
    const attributes = safeAttributes(e.attributes);
    if (attributes) out.attributes = attributes;
    return out;
  });
  const labelOf = (text: string) => ({ zh: text.slice(0, 1000), en: text.slice(0, 1000) });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: labelOf(title || 'Untitled graph'),
      ...(info.directed === false ? { directed: false } : {}),
      ...(info.nodeAttrs?.length || info.edgeAttrs?.length
        ? { attributes: { nodes: (info.nodeAttrs ?? []).map((d) => ({ ...d, key: safeKey(d.key) })), edges: (info.edgeAttrs ?? []).map((d) => ({ ...d, key: safeKey(d.key) })) } }
        : {}),
      ...(info.creator ? { creator: info.creator.slice(0, 1000) } : {}),
    },
    vocabularies: {
      nodeTypes: typeIds.map((t, i) => ({ id: t, label: labelOf(t), color: PALETTE[i % PALETTE.length], shape: SHAPES[i % SHAPES.length] })),
      relationTypes: (relationIds.length ? relationIds : [UNNAMED_RELATION]).map((t) => ({ id: t, label: labelOf(t), inverse: labelOf(t) })),
      sectors: [],
      countries: [...countryCodes].sort().map((code) => ({ code, label: countryLabel(code) })),
    },
    nodes,
    edges,
  };
}
