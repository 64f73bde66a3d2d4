import type { AttrDef } from '../schema';
import { buildGraph } from './build';
import { readGexf, readGraphml, type XmlGraph } from './xmlGraph';

// GraphML and GEXF need the browser's DOMParser, which Web Workers do not have: these readers run
// on the main thread (DOMParser is native and fast; building the graph is the cheap part).

/** The key of the attribute whose title is one of `titles` (GEXF keys attributes by id: "atype" titled "type"). */
function keyTitled(defs: readonly AttrDef[], titles: readonly string[]): string | undefined {
  return defs.find((d) => titles.includes(d.title.trim().toLowerCase()))?.key;
}

function fromXmlGraph(g: XmlGraph, title: string, creator: string): unknown {
  // Attributes that mean what graph-data fields mean also fill those fields (and stay attributes).
  const nk = {
    type: keyTitled(g.nodeAttrs, ['type', 'kind', 'category']),
    country: keyTitled(g.nodeAttrs, ['country', 'country_code']),
    url: keyTitled(g.nodeAttrs, ['url', 'link', 'href']),
    description: keyTitled(g.nodeAttrs, ['description']),
  };
  const relation = keyTitled(g.edgeAttrs, ['type', 'relation', 'interaction', 'kind']);
  const nodes = g.nodes.map((n) => ({
    ...n,
    type: n.type ?? (nk.type ? n.attributes?.[nk.type] : undefined),
    country: n.country ?? (nk.country ? n.attributes?.[nk.country] : undefined),
    url: n.url ?? (nk.url ? n.attributes?.[nk.url] : undefined),
    description: n.description ?? (nk.description ? n.attributes?.[nk.description] : undefined),
  }));
  const edges = g.edges.map((e) => ({ ...e, type: e.type ?? (relation ? e.attributes?.[relation] : undefined) ?? e.label }));
  return buildGraph(g.title ?? title, nodes, edges, { directed: g.directed, nodeAttrs: g.nodeAttrs, edgeAttrs: g.edgeAttrs, creator });
}

/** The tool a file names as its writer (GEXF's <creator>, GraphML's comment "Created by …"). */
function creatorOf(text: string): string {
  const head = text.slice(0, 4000);
  return head.match(/<creator>([^<]{1,200})<\/creator>/i)?.[1]?.trim() ?? head.match(/<!--\s*Created by ([^-]{1,200})-->/i)?.[1]?.trim() ?? '';
}

export const fromGraphml = (text: string, title: string): unknown => fromXmlGraph(readGraphml(text), title, creatorOf(text));
export const fromGexf = (text: string, title: string): unknown => fromXmlGraph(readGexf(text), title, creatorOf(text));

export const xmlReaders = { graphml: fromGraphml, gexf: fromGexf };
