import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { buildGraph, type RawEdge, type RawNode } from './build';
import { ImportError } from './formats';

// GraphML and GEXF need the browser's DOMParser, which Web Workers do not have: these readers run
// on the main thread (DOMParser is native and fast; building the graph is the cheap part).

function fromGraphology(graph: Graph, title: string): unknown {
  const nodes: RawNode[] = [];
  graph.forEachNode((id, a) => {
    nodes.push({ id, label: a.label ?? a.name, type: a.type ?? a.kind, country: a.country, url: a.url, description: a.description, x: a.x, y: a.y });
  });
  const edges: RawEdge[] = [];
  graph.forEachEdge((id, a, source, target) => edges.push({ id, source, target, type: a.type ?? a.label ?? a.interaction }));
  const name = graph.getAttribute('name') ?? graph.getAttribute('title');
  return buildGraph(typeof name === 'string' ? name : title, nodes, edges);
}

function parseXml(text: string): Document {
  // DOMParser never fetches external entities or DTDs; a document that declares one is refused anyway.
  if (/<!ENTITY/i.test(text)) throw new ImportError('(file)', 'declares XML entities, which are not accepted');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new ImportError('(file)', `is not well-formed XML: ${(error.textContent ?? '').trim().split('\n')[0]}`);
  return doc;
}

/** A GraphML or GEXF file through graphology's reader for it; a reader's failure names the format. */
function fromXml(format: 'graphml' | 'gexf', read: typeof parseGraphml | typeof parseGexf, text: string, title: string): unknown {
  const doc = parseXml(text);
  try {
    return fromGraphology(read(Graph, doc, { addMissingNodes: false }), title);
  } catch (err) {
    throw new ImportError(format, `could not be read: ${(err as Error).message}`);
  }
}

export const fromGraphml = (text: string, title: string): unknown => fromXml('graphml', parseGraphml, text, title);
export const fromGexf = (text: string, title: string): unknown => fromXml('gexf', parseGexf, text, title);


export const xmlReaders = { graphml: fromGraphml, gexf: fromGexf };
