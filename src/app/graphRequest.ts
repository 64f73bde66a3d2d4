import { requestGraph, sameOriginGraphUrl } from '../io/graphUrl';

/** What `?graph=` asks for: nothing, a refused value, or a file whose request is already on its way. */
export type GraphRequest = null | { refused: string } | { url: URL; response: Promise<Response> };

function startGraphRequest(): GraphRequest {
  const param = new URLSearchParams(window.location.search).get('graph');
  if (param === null) return null;
  const url = sameOriginGraphUrl(param, window.location.href);
  if (!url) return { refused: param };
  const response = requestGraph(url);
  response.catch(() => undefined); // a failure is reported when the response is read
  return { url, response };
}

/**
 * Started when this module is evaluated: main.tsx imports it first, so the file is on its way
 * before the rest of the app's code (React, Cytoscape) has even been evaluated.
 */
export const graphRequest: GraphRequest = startGraphRequest();
