import type { GraphLoader } from '../../app/GraphLoader';
import { SparqlSession } from '../../sparql/session';
import { isSafeIri, WIKIDATA_VOCABULARY } from '../../sparql/sparql';

/** Reconnects to an endpoint from a link and loads the IRIs it names (`?sparql=…&load=…`). */
export async function reopen(url: string, iris: readonly string[], loader: GraphLoader): Promise<void> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`not an http or https endpoint: ${url.slice(0, 80)}`);
  const session = new SparqlSession({ url: parsed.href, timeoutMs: 20_000 }, parsed.host === 'query.wikidata.org' ? { vocab: WIKIDATA_VOCABULARY } : {});
  const wanted = iris.filter(isSafeIri);
  await session.load(wanted, undefined, { onlyKnown: true });
  if (!session.nodes.size) throw new Error(`${parsed.href} knows none of the nodes in the link`);
  const node = new URLSearchParams(window.location.search).get('node');
  loader.openSparql(session.toGraph(), session, node && session.nodes.has(node) ? node : undefined);
}
