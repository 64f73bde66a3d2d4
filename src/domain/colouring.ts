import type { Graph } from '../io/schema';
import { attributeColours, categoricalColours, type ColourBy, type Colouring } from './appearance';
import { communities } from './communities';

/**
 * The colours for a colouring other than the type's or the file's (loaded on demand: communities
 * bring graphology and Louvain with them). Null for 'type' and 'file', which the elements carry.
 */
export function colouringOf(graph: Graph, by: ColourBy, words: { community: string; other: string }): Colouring | null {
  if (by === 'community') {
    const c = communities(graph);
    return categoricalColours(new Map(graph.nodes.map((n) => [n.id, c.has(n.id) ? String(c.get(n.id)) : null])), words.community, words.other);
  }
  if (by.startsWith('attr:')) return attributeColours(graph, by.slice(5), words.other);
  return null;
}
