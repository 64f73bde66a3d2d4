import type { GraphLoader } from '../../app/GraphLoader';
import { openSession } from '../../sparql/connect';
import { isSafeIri } from '../../sparql/sparql';

/** Reconnects to an endpoint from a link and loads the IRIs it names (`?sparql=…&load=…`). */
export async function reopen(url: string, iris: readonly string[], loader: GraphLoader): Promise<void> {
  const session = openSession(url);
  const wanted = iris.filter(isSafeIri);
  await session.load(wanted, undefined, { onlyKnown: true });
  if (!session.nodes.size) throw new Error(`${session.endpointUrl} knows none of the nodes in the link`);
  const node = new URLSearchParams(window.location.search).get('node');
  loader.openSparql(session.toGraph(), session, node && session.nodes.has(node) ? node : undefined);
}
