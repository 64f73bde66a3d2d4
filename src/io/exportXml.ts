import { capabilities } from '../domain/appearance';
import type { AttrDef, AttrType, AttrValue, Graph, GraphEdge, GraphNode } from './schema';

/**
 * The graph as GEXF 1.3 or GraphML, for Gephi, yEd, NetworkX and igraph: every attribute the file
 * declared (titles, types, values), the names, types and countries of graph-data as attributes
 * too, colours, sizes, positions (y up in GEXF and in Gephi's GraphML keys, as Gephi reads them),
 * edge weights, labels and direction, and each edge's own id (fileId) where the canvas needed another.
 */

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''); // eslint-disable-line no-control-regex

type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Attributes written for every node: graph-data's own fields, then the file's. */
function nodeDefs(graph: Graph): AttrDef[] {
  // graph-data's own fields where the graph uses them (another tool's file has one name, no type).
  const own: AttrDef[] = [];
  if (graph.nodes.some((n) => n.name.zh !== n.name.en)) own.push({ key: 'name_zh', title: 'name_zh', type: 'string' }, { key: 'name_en', title: 'name_en', type: 'string' });
  if (graph.vocabularies.nodeTypes.length > 1) own.push({ key: 'type', title: 'type', type: 'string' });
  if (graph.nodes.some((n) => n.country)) own.push({ key: 'country', title: 'country', type: 'string' });
  const declared = (graph.meta.attributes?.nodes ?? []).map((d) => ({ ...d, key: fileKey(d.key) }));
  return [...own.filter((o) => !declared.some((d) => d.title === o.title)), ...declared];
}
const fileKey = (k: string) => `a:${k}`;

function nodeValues(n: GraphNode, defs: readonly AttrDef[]): [AttrDef, AttrValue][] {
  const out: [AttrDef, AttrValue][] = [];
  for (const d of defs) {
    let v: AttrValue | undefined;
    if (d.key === 'name_zh') v = n.name.zh;
    else if (d.key === 'name_en') v = n.name.en;
    else if (d.key === 'type') v = n.type;
    else if (d.key === 'country') v = n.country;
    else if (d.key.startsWith('a:')) v = n.attributes?.[d.key.slice(2)];
    if (v !== undefined && v !== null) out.push([d, v]);
  }
  return out;
}

function edgeValues(e: GraphEdge, defs: readonly AttrDef[]): [AttrDef, AttrValue][] {
  return defs.flatMap((d): [AttrDef, AttrValue][] => {
    const v = d.key === 'relation' ? e.type : e.attributes?.[d.key.slice(2)];
    return v === undefined || v === null ? [] : [[d, v]];
  });
}

function edgeDefs(graph: Graph): AttrDef[] {
  const named = capabilities(graph).namedRelations;
  return [...(named ? [{ key: 'relation', title: 'relation', type: 'string' as const }] : []), ...(graph.meta.attributes?.edges ?? []).map((d) => ({ ...d, key: fileKey(d.key) }))];
}

const text = (v: AttrValue): string => (Array.isArray(v) ? v.map(String).join('|') : String(v));
const gexfType = (t: AttrType) => ({ string: 'string', number: 'double', boolean: 'boolean', list: 'liststring', date: 'string' })[t];
const graphmlType = (t: AttrType) => ({ string: 'string', number: 'double', boolean: 'boolean', list: 'string', date: 'string' })[t];

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}
const colourOf = (graph: Graph, n: GraphNode) => n.color ?? graph.vocabularies.nodeTypes.find((t) => t.id === n.type)?.color ?? '#888888';
const edgeId = (e: GraphEdge) => e.fileId ?? e.id;
const label = (n: GraphNode) => (n.name.en === n.name.zh ? n.name.en : `${n.name.zh} ${n.name.en}`);

export function toGexf(graph: Graph, positions: Positions): string {
  const directed = graph.meta.directed !== false;
  const nd = nodeDefs(graph);
  const ed = edgeDefs(graph);
  // The file's own attribute ids are kept (so that a GEXF opened and exported keeps its keys).
  const gexfId = (d: AttrDef) => (d.key.startsWith('a:') ? d.key.slice(2) : d.key);
  const ids = new Map(nd.map((d) => [d.key, gexfId(d)]));
  const eids = new Map(ed.map((d) => [d.key, gexfId(d)]));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(`  <meta><creator>ZGC Graph</creator><description>${xml(graph.meta.title.en)}</description></meta>`);
  out.push(`  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}" mode="static">`);
  out.push('    <attributes class="node">');
  for (const d of nd) out.push(`      <attribute id="${ids.get(d.key)}" title="${xml(d.title)}" type="${gexfType(d.type)}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  for (const d of ed) out.push(`      <attribute id="${eids.get(d.key)}" title="${xml(d.title)}" type="${gexfType(d.type)}"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of graph.nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(label(n))}">`);
    out.push('        <attvalues>');
    for (const [d, v] of nodeValues(n, nd)) out.push(`          <attvalue for="${ids.get(d.key)}" value="${xml(text(v))}"/>`);
    out.push('        </attvalues>');
    const [r, g, b] = rgb(colourOf(graph, n));
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    if (n.size !== undefined) out.push(`        <viz:size value="${n.size}"/>`);
    const p = positions.get(n.id) ?? n.position;
    if (p) out.push(`        <viz:position x="${p.x}" y="${-p.y}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const e of graph.edges) {
    const own = e.directed !== undefined && e.directed !== directed ? ` type="${e.directed ? 'directed' : 'undirected'}"` : '';
    const w = e.weight !== undefined ? ` weight="${e.weight}"` : '';
    const l = e.label ? ` label="${xml(e.label)}"` : '';
    const vals = edgeValues(e, ed);
    out.push(`      <edge id="${xml(edgeId(e))}" source="${xml(e.source)}" target="${xml(e.target)}"${own}${w}${l}${vals.length ? '>' : '/>'}`);
    if (vals.length) {
      out.push('        <attvalues>');
      for (const [d, v] of vals) out.push(`          <attvalue for="${eids.get(d.key)}" value="${xml(text(v))}"/>`);
      out.push('        </attvalues>');
      out.push('      </edge>');
    }
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n');
}

export function toGraphml(graph: Graph, positions: Positions): string {
  const directed = graph.meta.directed !== false;
  // Gephi's appearance keys are written below from the node itself, not twice.
  const nd = nodeDefs(graph).filter((d) => !['label', 'r', 'g', 'b', 'x', 'y', 'size'].includes(d.title));
  const ed = edgeDefs(graph).filter((d) => !['weight', 'label'].includes(d.title));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  // Gephi's keys for label, colour, position and size, so that Gephi shows it as it is shown here.
  const fixed: [string, string, string][] = [
    ['label', 'label', 'string'],
    ['r', 'r', 'int'],
    ['g', 'g', 'int'],
    ['b', 'b', 'int'],
    ['x', 'x', 'float'],
    ['y', 'y', 'float'],
    ['size', 'size', 'float'],
  ];
  for (const [id, name, type] of fixed) out.push(`  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  nd.forEach((d, i) => out.push(`  <key id="n${i}" for="node" attr.name="${xml(d.title)}" attr.type="${graphmlType(d.type)}"/>`));
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push('  <key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>');
  ed.forEach((d, i) => out.push(`  <key id="e${i}" for="edge" attr.name="${xml(d.title)}" attr.type="${graphmlType(d.type)}"/>`));
  out.push(`  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`);
  const nIndex = new Map(nd.map((d, i) => [d.key, i]));
  const eIndex = new Map(ed.map((d, i) => [d.key, i]));
  for (const n of graph.nodes) {
    out.push(`    <node id="${xml(n.id)}">`);
    out.push(`      <data key="label">${xml(label(n))}</data>`);
    const [r, g, b] = rgb(colourOf(graph, n));
    out.push(`      <data key="r">${r}</data><data key="g">${g}</data><data key="b">${b}</data>`);
    const p = positions.get(n.id) ?? n.position;
    if (p) out.push(`      <data key="x">${p.x}</data><data key="y">${-p.y}</data>`);
    if (n.size !== undefined) out.push(`      <data key="size">${n.size}</data>`);
    for (const [d, v] of nodeValues(n, nd)) out.push(`      <data key="n${nIndex.get(d.key)}">${xml(text(v))}</data>`);
    out.push('    </node>');
  }
  for (const e of graph.edges) {
    const own = e.directed !== undefined && e.directed !== directed ? ` directed="${e.directed}"` : '';
    out.push(`    <edge id="${xml(edgeId(e))}" source="${xml(e.source)}" target="${xml(e.target)}"${own}>`);
    if (e.weight !== undefined) out.push(`      <data key="weight">${e.weight}</data>`);
    if (e.label) out.push(`      <data key="edgelabel">${xml(e.label)}</data>`);
    for (const [d, v] of edgeValues(e, ed)) out.push(`      <data key="e${eIndex.get(d.key)}">${xml(text(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n');
}
