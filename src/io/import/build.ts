import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { SCHEMA_VERSION } from '../schema';

countries.registerLocale(en);
countries.registerLocale(zh);

/** The everyday name of a country ("China", not "People's Republic of China") in both languages. */
function countryLabel(code: string): { zh: string; en: string } {
  const alias = countries.getName(code, 'en', { select: 'alias' });
  const en = alias && alias.length > 3 && !alias.includes(',') ? alias : (countries.getName(code, 'en') ?? code);
  return { zh: countries.getName(code, 'zh', { select: 'alias' }) ?? countries.getName(code, 'zh') ?? code, en };
}

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
}
export interface RawEdge {
  id?: unknown;
  source: unknown;
  target: unknown;
  type?: unknown;
}

const PALETTE = ['#2f6fdf', '#c0392b', '#8e44ad', '#2e8b57', '#d35400', '#a0522d', '#c2185b', '#00897b', '#b8860b', '#3949ab', '#6b7280', '#0097a7'];
const SHAPES = ['round-rectangle', 'ellipse', 'diamond', 'hexagon', 'round-tag', 'octagon', 'star', 'barrel', 'rectangle', 'triangle', 'pentagon', 'round-diamond'];

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
export function buildGraph(title: string, rawNodes: readonly RawNode[], rawEdges: readonly RawEdge[]): unknown {
  const typeIds: string[] = [];
  const relationIds: string[] = [];
  const countryCodes = new Set<string>();
  const nodes = rawNodes.map((n) => {
    const id = asId(n.id);
    const labelText = asText(n.label) ?? (typeof id === 'string' ? id : undefined);
    const type = asText(n.type) ?? 'node';
    if (!typeIds.includes(type)) typeIds.push(type);
    const code = asText(n.country)?.toUpperCase();
    const country = code && countries.isValid(code) && code.length === 2 ? code : undefined;
    if (country) countryCodes.add(country);
    const out: Record<string, unknown> = { id, type, name: { zh: labelText, en: labelText }, aliases: [], sectors: [], sources: [] };
    if (country) out.country = country;
    const url = asText(n.url);
    if (url) out.url = url;
    const description = asText(n.description);
    if (description) out.description = { zh: description, en: description };
    if (n.x !== undefined || n.y !== undefined) out.position = { x: asNumber(n.x), y: asNumber(n.y) };
    return out;
  });
  const seenEdgeIds = new Set<string>();
  const edges = rawEdges.map((e, i) => {
    const type = asText(e.type) ?? 'linked-to';
    if (!relationIds.includes(type)) relationIds.push(type);
    let id = asId(e.id);
    if (id === undefined || id === null || id === '') {
      id = `e${i}`;
      while (seenEdgeIds.has(id as string)) id = `${id}_`;
    }
    if (typeof id === 'string') seenEdgeIds.add(id);
    return { id, source: asId(e.source), target: asId(e.target), type, sources: [] };
  });
  const labelOf = (text: string) => ({ zh: text.slice(0, 1000), en: text.slice(0, 1000) });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { title: labelOf(title || 'Untitled graph') },
    vocabularies: {
      nodeTypes: typeIds.map((t, i) => ({ id: t, label: labelOf(t), color: PALETTE[i % PALETTE.length], shape: SHAPES[i % SHAPES.length] })),
      relationTypes: (relationIds.length ? relationIds : ['linked-to']).map((t) => ({ id: t, label: labelOf(t), inverse: labelOf(t) })),
      sectors: [],
      countries: [...countryCodes].sort().map((code) => ({ code, label: countryLabel(code) })),
    },
    nodes,
    edges,
  };
}
