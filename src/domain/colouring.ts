import type { Graph } from '../io/schema';
import { attributeColours, categoricalColours, colourableAttributes, type ColourBy, type Colouring } from './appearance';
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

/**
 * Which group each node falls in for the "by group" layout, named for people: the categories of
 * the colouring where it colours by category (an attribute, the type), else Louvain communities.
 */
export function groupsOf(graph: Graph, by: ColourBy, words: { community: string; none: string; typeName: (id: string) => string }): Map<string, string> {
  if (by === 'type') return new Map(graph.nodes.map((n) => [n.id, words.typeName(n.type)]));
  if (by.startsWith('attr:')) {
    const key = by.slice(5);
    if (colourableAttributes(graph).find((a) => a.key === key)?.kind === 'category') {
      const text = (v: unknown) => (v === undefined || v === null ? words.none : Array.isArray(v) ? v.join(', ') : String(v));
      return new Map(graph.nodes.map((n) => [n.id, text(n.attributes?.[key])]));
    }
  }
  const c = communities(graph);
  return new Map(graph.nodes.map((n) => [n.id, c.has(n.id) ? `${words.community} ${c.get(n.id)}` : words.none]));
}
