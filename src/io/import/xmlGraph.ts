import type { AttrDef, AttrType, AttrValue } from '../schema';
import type { RawEdge, RawNode } from './build';
import { ImportError } from './formats';

/**
 * GEXF (1.0 to 1.3) and GraphML (plain, Gephi's, NetworkX's and igraph's, yEd's) read from the DOM,
 * keeping what each file says: its declared attributes with their titles, types and order, the
 * values of each node and edge, colours, sizes, shapes and positions, edge weights and labels, and
 * whether edges are directed. Node ids and edge ids are separate namespaces in both formats.
 */
export interface XmlGraph {
  title?: string;
  directed: boolean;
  nodeAttrs: AttrDef[];
  edgeAttrs: AttrDef[];
  nodes: RawNode[];
  edges: RawEdge[];
}

/** Children of `el` with this local name, whatever their namespace prefix. */
const children = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.localName === name);
const child = (el: Element, name: string): Element | undefined => children(el, name)[0];
const descendants = (el: Element, name: string): Element[] => [...el.getElementsByTagNameNS('*', name)];

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
const rgbHex = (r: number, g: number, b: number) => `#${hex2(r)}${hex2(g)}${hex2(b)}`;
const finite = (s: string | null | undefined): number | undefined => {
  if (s === null || s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

function attrType(declared: string | null): AttrType {
  const t = (declared ?? 'string').toLowerCase();
  if (t.startsWith('list')) return 'list';
  if (['integer', 'long', 'float', 'double', 'int', 'short', 'byte', 'bigdecimal', 'biginteger'].includes(t)) return 'number';
  if (t === 'boolean') return 'boolean';
  if (t === 'date' || t === 'time') return 'date';
  return 'string';
}

/** A value as its declared type says; one that does not parse stays as text, so nothing is lost. */
export function typedValue(raw: string, type: AttrType): AttrValue {
  const text = raw.trim();
  if (type === 'number') return finite(text) ?? raw;
  if (type === 'boolean') return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : raw;
  if (type === 'list') {
    // GEXF writes lists as "[a, b]", "a|b" or "a,b", depending on the writer.
    const inner = text.replace(/^\[|\]$/g, '');
    const parts = inner.includes('|') ? inner.split('|') : inner.split(',');
    return parts.map((p) => p.trim().replace(/^["']|["']$/g, '')).filter((p) => p !== '');
  }
  return raw;
}

function parseXml(text: string): Document {
  // DOMParser never fetches external entities or DTDs; a document that declares one is refused anyway.
  if (/<!ENTITY/i.test(text)) throw new ImportError('(file)', 'declares XML entities, which are not accepted');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new ImportError('(file)', `is not well-formed XML: ${(error.textContent ?? '').trim().split('\n')[0]}`);
  return doc;
}

/** GEXF 1.0 (Gephi 0.7), 1.1, 1.2 (Gephi 0.8, NetworkX) and 1.3 (Gephi 0.9 and later). */
export function readGexf(text: string): XmlGraph {
  const doc = parseXml(text);
  const root = doc.documentElement;
  const graph = child(root, 'graph');
  if (!graph) throw new ImportError('gexf', 'has no <graph> element');
  const meta = child(root, 'meta');
  const title = (meta && (child(meta, 'title') ?? child(meta, 'Title'))?.textContent?.trim()) || meta?.querySelector('description')?.textContent?.trim() || undefined;
  const directed = (graph.getAttribute('defaultedgetype') ?? 'undirected') !== 'undirected';
  const defs = { node: [] as AttrDef[], edge: [] as AttrDef[] };
  const defaults = { node: new Map<string, AttrValue>(), edge: new Map<string, AttrValue>() };
  for (const block of children(graph, 'attributes')) {
    const cls = block.getAttribute('class') === 'edge' ? 'edge' : 'node';
    for (const a of children(block, 'attribute')) {
      const id = a.getAttribute('id') ?? a.getAttribute('title') ?? '';
      const def: AttrDef = { key: id, title: a.getAttribute('title') || id, type: attrType(a.getAttribute('type')) };
      defs[cls].push(def);
      const dflt = child(a, 'default')?.textContent;
      if (dflt !== undefined && dflt !== null) defaults[cls].set(id, typedValue(dflt, def.type));
    }
  }
  const values = (el: Element, cls: 'node' | 'edge'): Record<string, AttrValue> => {
    const out: Record<string, AttrValue> = Object.create(null) as Record<string, AttrValue>; // keys are the file's
    const byKey = new Map(defs[cls].map((d) => [d.key, d]));
    for (const [k, v] of defaults[cls]) out[k] = v;
    const holder = child(el, 'attvalues');
    for (const av of holder ? children(holder, 'attvalue') : []) {
      // GEXF 1.0 says id=, later versions for=.
      const key = av.getAttribute('for') ?? av.getAttribute('id') ?? '';
      const raw = av.getAttribute('value') ?? '';
      if (raw.trim() === '') continue; // an empty value is no value
      let def = byKey.get(key);
      if (!def) {
        // A value for an attribute the file never declared: kept as text under its own name.
        def = { key, title: key, type: 'string' };
        defs[cls].push(def);
        byKey.set(key, def);
      }
      out[key] = typedValue(raw, def.type);
    }
    return out;
  };
  const viz = (el: Element) => {
    const color = child(el, 'color');
    const pos = child(el, 'position');
    const size = child(el, 'size');
    const shape = child(el, 'shape');
    const thickness = child(el, 'thickness');
    const hex = color?.getAttribute('hex');
    const r = finite(color?.getAttribute('r'));
    const g = finite(color?.getAttribute('g'));
    const b = finite(color?.getAttribute('b'));
    return {
      color: hex && /^#?[0-9a-f]{6}$/i.test(hex) ? `#${hex.replace('#', '').toLowerCase()}` : r !== undefined && g !== undefined && b !== undefined ? rgbHex(r, g, b) : undefined,
      x: finite(pos?.getAttribute('x')),
      y: finite(pos?.getAttribute('y')),
      size: finite(size?.getAttribute('value')),
      shape: shape?.getAttribute('value') ?? undefined,
      thickness: finite(thickness?.getAttribute('value')),
    };
  };
  const nodesEl = child(graph, 'nodes');
  const nodes: RawNode[] = (nodesEl ? children(nodesEl, 'node') : []).map((n) => {
    const v = viz(n);
    return {
      id: n.getAttribute('id'),
      label: n.getAttribute('label') ?? undefined,
      attributes: values(n, 'node'),
      color: v.color,
      size: v.size,
      shape: v.shape,
      x: v.x,
      // GEXF's y axis points up, as Gephi draws it; the screen's points down.
      y: v.y === undefined ? undefined : -v.y,
    };
  });
  const edgesEl = child(graph, 'edges');
  const edges: RawEdge[] = (edgesEl ? children(edgesEl, 'edge') : []).map((e) => {
    const kind = e.getAttribute('type');
    const v = viz(e);
    return {
      id: e.getAttribute('id') ?? undefined,
      source: e.getAttribute('source'),
      target: e.getAttribute('target'),
      label: e.getAttribute('label') ?? undefined,
      type: e.getAttribute('kind') ?? undefined,
      weight: finite(e.getAttribute('weight')),
      directed: kind === 'directed' ? true : kind === 'undirected' ? false : undefined,
      color: v.color,
      attributes: values(e, 'edge'),
    };
  });
  return { title, directed, nodeAttrs: defs.node, edgeAttrs: defs.edge, nodes, edges };
}

/** yEd's node graphics: label, the centre of its box, its fill and shape. */
function yedNode(data: Element): Partial<RawNode> | null {
  const shape = [...data.children].find((c) => /Node$/.test(c.localName));
  if (!shape) return null;
  const geometry = descendants(shape, 'Geometry')[0];
  const fill = descendants(shape, 'Fill')[0];
  const labels = descendants(shape, 'NodeLabel').filter((l) => l.getAttribute('visible') !== 'false');
  // The label in the middle of the node first (yEd allows several), else the first.
  const main = labels.find((l) => (l.getAttribute('modelPosition') ?? 'c') === 'c') ?? labels[0];
  const x = finite(geometry?.getAttribute('x'));
  const y = finite(geometry?.getAttribute('y'));
  const w = finite(geometry?.getAttribute('width')) ?? 0;
  const h = finite(geometry?.getAttribute('height')) ?? 0;
  const colour = fill?.getAttribute('transparent') === 'true' ? undefined : fill?.getAttribute('color');
  const shapeType = descendants(shape, 'Shape')[0]?.getAttribute('type') ?? (shape.localName === 'GenericNode' ? shape.getAttribute('configuration') : null);
  return {
    label: main?.textContent?.trim() || undefined,
    x: x === undefined ? undefined : x + w / 2,
    y: y === undefined ? undefined : y + h / 2,
    size: w && h ? Math.max(w, h) : undefined,
    color: colour && /^#[0-9a-f]{6}/i.test(colour) ? colour.slice(0, 7).toLowerCase() : undefined,
    shape: shapeType ?? undefined,
    otherLabels: labels.filter((l) => l !== main).map((l) => l.textContent?.trim() ?? '').filter(Boolean),
  };
}

/** GraphML as Gephi, NetworkX, igraph and yEd (desktop and Live) write it. */
export function readGraphml(text: string): XmlGraph {
  const doc = parseXml(text);
  const root = doc.documentElement;
  const graph = child(root, 'graph');
  if (!graph) throw new ImportError('graphml', 'has no <graph> element');
  const directed = (graph.getAttribute('edgedefault') ?? 'directed') === 'directed';
  type Key = AttrDef & { for: string; yfiles?: string; dflt?: AttrValue };
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    // Keys for ports, the graph and the whole document (yEd writes these) are read, never fatal.
    const def: Key = {
      key: k.getAttribute('attr.name') ?? id,
      title: k.getAttribute('attr.name') ?? id,
      type: k.getAttribute('attr.list') ? 'list' : attrType(k.getAttribute('attr.type')),
      for: k.getAttribute('for') ?? 'all',
      yfiles: k.getAttribute('yfiles.type') ?? undefined,
    };
    const d = child(k, 'default')?.textContent;
    if (d !== undefined && d !== null && d.trim() !== '') def.dflt = typedValue(d, def.type);
    keys.set(id, def);
  }
  const applies = (k: Key, what: 'node' | 'edge') => !k.yfiles && (k.for === what || k.for === 'all');
  const nodeAttrs = [...keys.values()].filter((k) => applies(k, 'node'));
  const edgeAttrs = [...keys.values()].filter((k) => applies(k, 'edge'));
  let title: string | undefined;
  for (const d of children(graph, 'data')) {
    const k = keys.get(d.getAttribute('key') ?? '');
    const v = d.textContent?.trim();
    if (k && v && /^(name|title|label|description)$/i.test(k.title)) title ??= v;
  }
  // Gephi writes colour as three integer keys r, g, b; position as x, y; and size.
  const readData = (el: Element, what: 'node' | 'edge') => {
    const attributes: Record<string, AttrValue> = Object.create(null) as Record<string, AttrValue>; // keys are the file's
    for (const k of what === 'node' ? nodeAttrs : edgeAttrs) if (k.dflt !== undefined) attributes[k.key] = k.dflt;
    let graphics: Partial<RawNode> | null = null;
    let edgeLabel: string | undefined;
    for (const d of children(el, 'data')) {
      const k = keys.get(d.getAttribute('key') ?? '');
      if (!k) continue;
      if (k.yfiles === 'nodegraphics') graphics = yedNode(d);
      else if (k.yfiles === 'edgegraphics') edgeLabel = descendants(d, 'EdgeLabel')[0]?.textContent?.trim() || undefined;
      else if (!k.yfiles && (d.textContent ?? '').trim() !== '') attributes[k.key] = typedValue(d.textContent ?? '', k.type); // an empty value is no value
    }
    return { attributes, graphics, edgeLabel };
  };
  // Only the top-level graph's nodes and edges: yEd's groups nest graphs inside nodes.
  const nodes: RawNode[] = descendants(graph, 'node').map((n) => {
    const { attributes, graphics } = readData(n, 'node');
    const num = (name: string) => (typeof attributes[name] === 'number' ? (attributes[name] as number) : undefined);
    const r = num('r');
    const g = num('g');
    const b = num('b');
    const gephiColour = r !== undefined && g !== undefined && b !== undefined ? rgbHex(r, g, b) : undefined;
    const colourAttr = typeof attributes.color === 'string' && /^#[0-9a-f]{6}$/i.test(attributes.color) ? attributes.color.toLowerCase() : undefined;
    const x = num('x');
    const y = num('y');
    return {
      id: n.getAttribute('id'),
      label: graphics?.label ?? (typeof attributes.label === 'string' ? attributes.label : undefined),
      attributes,
      color: graphics?.color ?? gephiColour ?? colourAttr,
      size: graphics?.size ?? num('size'),
      shape: graphics?.shape,
      // Gephi's y axis points up; yEd's, like the screen's, down.
      x: graphics?.x ?? x,
      y: graphics?.y ?? (y === undefined ? undefined : -y),
      otherLabels: graphics?.otherLabels,
    };
  });
  const edges: RawEdge[] = descendants(graph, 'edge').map((e) => {
    const { attributes, edgeLabel } = readData(e, 'edge');
    const d = e.getAttribute('directed');
    const weight = attributes.weight;
    return {
      id: e.getAttribute('id') ?? undefined,
      source: e.getAttribute('source'),
      target: e.getAttribute('target'),
      label: edgeLabel ?? (typeof attributes.label === 'string' ? attributes.label : typeof attributes['Edge Label'] === 'string' ? (attributes['Edge Label'] as string) : undefined),
      weight: typeof weight === 'number' ? weight : undefined,
      directed: d === 'true' ? true : d === 'false' ? false : undefined,
      attributes,
    };
  });
  return { title, directed, nodeAttrs: nodeAttrs.map(({ key, title: t, type }) => ({ key, title: t, type })), edgeAttrs: edgeAttrs.map(({ key, title: t, type }) => ({ key, title: t, type })), nodes, edges };
}
