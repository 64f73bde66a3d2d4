import Papa from 'papaparse';
import { buildGraph, type RawEdge, type RawNode } from './build';
import type { AttrDef, AttrValue } from '../schema';

export type Format = 'graph-data' | 'cytoscape' | 'graphml' | 'gexf' | 'csv';

export class ImportError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The format of a file, from its content first and its name second. */
export function detectFormat(name: string, text: string): Format {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000);
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"schemaVersion"\s*:/.test(text.slice(0, 5000)) || /"vocabularies"\s*:/.test(text.slice(0, 5000))) return 'graph-data';
    return 'cytoscape';
  }
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
    throw new ImportError('(file)', 'is XML, but neither GraphML nor GEXF');
  }
  if (/\.(csv|tsv)$/i.test(name)) return 'csv';
  if (/\.(json|cyjs)$/i.test(name)) return 'cytoscape';
  throw new ImportError('(file)', 'is not a format this explorer opens (graph-data or Cytoscape JSON, GraphML, GEXF, CSV)');
}

export const isXml = (text: string) => text.replace(/^\uFEFF/, '').trimStart().startsWith('<');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cytoscape.js JSON: `{elements: {nodes, edges}}`, `{elements: [...]}` or a bare elements array (.cyjs). */
export function fromCytoscape(data: unknown, title: string): unknown {
  let elements: unknown[];
  const root = isRecord(data) ? data : null;
  const els = root ? root.elements : data;
  if (Array.isArray(els)) elements = els;
  else if (isRecord(els)) {
    const nodes = Array.isArray(els.nodes) ? els.nodes.map((n) => (isRecord(n) ? { ...n, group: 'nodes' } : n)) : [];
    const edges = Array.isArray(els.edges) ? els.edges.map((e) => (isRecord(e) ? { ...e, group: 'edges' } : e)) : [];
    elements = [...nodes, ...edges];
  } else throw new ImportError('elements', 'is missing: expected {elements: {nodes, edges}} or an array of elements');
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  // Every data field is kept as an attribute, in the order the file first uses it.
  const nodeKeys = new Map<string, unknown[]>();
  const edgeKeys = new Map<string, unknown[]>();
  const keep = (d: Record<string, unknown>, skip: readonly string[], keys: Map<string, unknown[]>) => {
    const out: Record<string, AttrValue> = Object.create(null) as Record<string, AttrValue>; // keys are the file's
    for (const [k, v] of Object.entries(d)) {
      if (skip.includes(k)) continue;
      const value = attrValue(v);
      if (value === undefined) continue;
      out[k] = value;
      const seen = keys.get(k);
      if (seen) seen.push(value);
      else keys.set(k, [value]);
    }
    return out;
  };
  elements.forEach((el, i) => {
    if (!isRecord(el) || !isRecord(el.data)) throw new ImportError(`elements[${i}]`, 'has no data object');
    const d = el.data;
    const isEdge = el.group === 'edges' || (el.group === undefined && d.source !== undefined && d.target !== undefined);
    if (isEdge) {
      edges.push({ id: d.id, source: d.source, target: d.target, type: d.interaction ?? d.type ?? d.label, attributes: keep(d, ['id', 'source', 'target'], edgeKeys) });
    } else {
      const pos = isRecord(el.position) ? el.position : undefined;
      nodes.push({
        id: d.id,
        label: d.label ?? d.name,
        type: d.type,
        country: d.country,
        url: d.url,
        description: d.description,
        x: pos?.x,
        y: pos?.y,
        attributes: keep(d, ['id'], nodeKeys),
      });
    }
  });
  const name = root && isRecord(root.data) && typeof root.data.name === 'string' ? root.data.name : title;
  const generator = root && typeof root.generated_by === 'string' ? root.generated_by : undefined;
  return buildGraph(name, nodes, edges, { nodeAttrs: defsOf(nodeKeys), edgeAttrs: defsOf(edgeKeys), creator: generator });
}

/** A JSON value as an attribute value: scalars and lists of scalars; objects are kept as JSON text. An empty text is no value. */
function attrValue(v: unknown): AttrValue | undefined {
  if (typeof v === 'string' && v.trim() === '') return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.slice(0, 1000).map((x) => (typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)) ? x : JSON.stringify(x) ?? ''));
  if (typeof v === 'object') return JSON.stringify(v).slice(0, 20000);
  return undefined;
}

/** Declared attributes for keys seen in JSON: the type all their values share, else text. */
function defsOf(keys: Map<string, unknown[]>): AttrDef[] {
  return [...keys].map(([key, values]) => {
    const present = values.filter((v) => v !== null);
    const type = present.every((v) => typeof v === 'number') ? 'number' : present.every((v) => typeof v === 'boolean') ? 'boolean' : present.every(Array.isArray) ? 'list' : 'string';
    return { key, title: key, type };
  });
}

export interface CsvTable {
  name: string;
  headers: string[];
  rows: Record<string, string>[];
}

export function readCsv(name: string, text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', dynamicTyping: false });
  const fatal = parsed.errors.find((e) => e.type === 'Delimiter' || e.type === 'Quotes');
  if (fatal) throw new ImportError(`row ${(fatal.row ?? 0) + 2}`, `${name}: ${fatal.message}`);
  return { name, headers: parsed.meta.fields ?? [], rows: parsed.data };
}

export interface CsvMapping {
  nodeId: string;
  nodeLabel?: string;
  nodeType?: string;
  nodeCountry?: string;
  /** A column of colours (#rrggbb, rgb(r, g, b) or a basic CSS name). */
  nodeColor?: string;
  edgeSource: string;
  edgeTarget: string;
  edgeType?: string;
}

const pickHeader = (headers: string[], names: string[]) => headers.find((h) => names.includes(h.trim().toLowerCase()));

/** A first guess at which column is which, from common header names; the person can change it. */
export function guessCsvMapping(nodes: CsvTable, edges: CsvTable): CsvMapping {
  return {
    nodeId: pickHeader(nodes.headers, ['id', 'key', 'node', 'name']) ?? nodes.headers[0] ?? '',
    nodeLabel: pickHeader(nodes.headers, ['label', 'name', 'title']),
    nodeType: pickHeader(nodes.headers, ['type', 'kind', 'category', 'class']),
    nodeCountry: pickHeader(nodes.headers, ['country', 'country_code', 'iso']),
    nodeColor: pickHeader(nodes.headers, ['color', 'colour']),
    edgeSource: pickHeader(edges.headers, ['source', 'from', 'src']) ?? edges.headers[0] ?? '',
    edgeTarget: pickHeader(edges.headers, ['target', 'to', 'dst']) ?? edges.headers[1] ?? '',
    edgeType: pickHeader(
      edges.headers.filter((h) => !directednessColumn(edges, h)),
      ['type', 'relation', 'label', 'interaction'],
    ),
  };
}

const DIRECTEDNESS = /^(directed|undirected|mutual)$/i;

/** Gephi's edge tables say per row whether an edge is directed, in a "type" column. */
function directednessColumn(table: CsvTable, header: string): boolean {
  if (header.trim().toLowerCase() !== 'type') return false;
  const values = table.rows.map((r) => present(r[header])).filter((v): v is string => v !== undefined);
  return values.length > 0 && values.every((v) => DIRECTEDNESS.test(v.trim()));
}

/** Which of two CSV files holds the edges: the one with source and target columns. */
export function splitCsvPair(a: CsvTable, b: CsvTable): { nodes: CsvTable; edges: CsvTable } {
  const isEdges = (t: CsvTable) => !!pickHeader(t.headers, ['source', 'from', 'src']) && !!pickHeader(t.headers, ['target', 'to', 'dst']);
  if (isEdges(a) && !isEdges(b)) return { nodes: b, edges: a };
  return { nodes: a, edges: b };
}

export function fromCsv(nodes: CsvTable, edges: CsvTable, mapping: CsvMapping, title: string): unknown {
  for (const [key, table] of [['nodeId', nodes], ['edgeSource', edges], ['edgeTarget', edges]] as const) {
    const column = mapping[key];
    if (!table.headers.includes(column)) throw new ImportError(`${table.name}`, `has no column "${column}" for ${key}`);
  }
  // Every column not mapped to a field is kept as an attribute; "NA", "null" and empty cells are missing.
  const used = new Set([mapping.nodeId, mapping.nodeLabel, mapping.nodeType, mapping.nodeCountry, mapping.nodeColor]);
  const directedBy = edges.headers.find((h) => h !== mapping.edgeType && directednessColumn(edges, h));
  const edgeIdColumn = edges.headers.find((h) => h.trim().toLowerCase() === 'id' && ![mapping.edgeSource, mapping.edgeTarget, mapping.edgeType].includes(h));
  const usedEdge = new Set([mapping.edgeSource, mapping.edgeTarget, mapping.edgeType, directedBy, edgeIdColumn]);
  const nodeKeys = new Map<string, unknown[]>();
  const edgeKeys = new Map<string, unknown[]>();
  const attributes = (row: Record<string, string>, headers: string[], skip: Set<string | undefined>, keys: Map<string, unknown[]>) => {
    const out: Record<string, AttrValue> = Object.create(null) as Record<string, AttrValue>; // keys are the file's
    for (const h of headers) {
      if (skip.has(h)) continue;
      const v = present(row[h]);
      if (v === undefined) continue;
      const n = Number(v);
      const t = v.trim().toLowerCase();
      const value = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t) && Number.isFinite(n) ? n : t === 'true' ? true : t === 'false' ? false : v;
      out[h] = value;
      const seen = keys.get(h);
      if (seen) seen.push(value);
      else keys.set(h, [value]);
    }
    return out;
  };
  const rawNodes: RawNode[] = nodes.rows.map((r) => ({
    id: r[mapping.nodeId],
    label: mapping.nodeLabel ? present(r[mapping.nodeLabel]) : undefined,
    type: mapping.nodeType ? present(r[mapping.nodeType]) : undefined,
    country: mapping.nodeCountry ? present(r[mapping.nodeCountry]) : undefined,
    color: mapping.nodeColor ? cssColour(present(r[mapping.nodeColor])) : undefined,
    attributes: attributes(r, nodes.headers, used, nodeKeys),
  }));
  const rawEdges: RawEdge[] = edges.rows.map((r) => ({
    ...(edgeIdColumn && present(r[edgeIdColumn]) !== undefined ? { id: r[edgeIdColumn]!.trim() } : {}),
    ...(directedBy && present(r[directedBy]) !== undefined ? { directed: !/^undirected$/i.test(r[directedBy]!.trim()) } : {}),
    source: r[mapping.edgeSource],
    target: r[mapping.edgeTarget],
    type: mapping.edgeType ? present(r[mapping.edgeType]) : undefined,
    weight: typeof r.weight === 'string' && Number.isFinite(Number(r.weight)) && r.weight.trim() !== '' ? Number(r.weight) : undefined,
    attributes: attributes(r, edges.headers, usedEdge, edgeKeys),
  }));
  return buildGraph(title, rawNodes, rawEdges, { nodeAttrs: defsOf(nodeKeys), edgeAttrs: defsOf(edgeKeys) });
}

/** A cell's text, or undefined for what spreadsheets and R write for "no value". */
export function present(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' || /^(na|n\/a|null|none|nan|-)$/i.test(t) ? undefined : v;
}

const CSS_NAMES: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500', purple: '#800080',
  grey: '#808080', gray: '#808080', pink: '#ffc0cb', brown: '#a52a2a', cyan: '#00ffff', magenta: '#ff00ff', teal: '#008080', navy: '#000080',
};

/** A colour cell as #rrggbb: hex with or without '#', rgb(r, g, b), or a basic CSS colour name. */
export function cssColour(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = v.trim().toLowerCase();
  if (/^#?[0-9a-f]{6}$/.test(t)) return `#${t.replace('#', '')}`;
  if (/^#?[0-9a-f]{3}$/.test(t)) return `#${[...t.replace('#', '')].map((c) => c + c).join('')}`;
  const rgb = t.match(/^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/);
  if (rgb) return `#${rgb.slice(1, 4).map((x) => Math.min(255, Number(x)).toString(16).padStart(2, '0')).join('')}`;
  return CSS_NAMES[t];
}

/** A CSV pair's title from what their names share: "dream" for dream-nodes.csv and dream-edges.csv. */
export function pairTitle(a: string, b: string): string {
  const x = a.replace(/\.[^.]+$/, '');
  const y = b.replace(/\.[^.]+$/, '');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const words = (t: string) => t.replace(/[\s_.-]+/g, ' ').trim();
  // A shared ending counts from a word's start: "_table" of "nodes_table" and "edges_table", not "es".
  const tail = x.slice(x.length - j);
  const cut = tail.search(/[\s_.-]/);
  const shared = [words(x.slice(0, i)), cut < 0 ? '' : words(tail.slice(cut))].filter(Boolean).join(' ');
  return shared || x;
}
