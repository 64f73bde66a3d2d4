/**
 * A `?graph=` value is accepted only as a relative path on this site: no scheme, no protocol-relative
 * or absolute path, no backslashes. Returns the resolved URL, or null when refused. (Small, and in
 * the first download, so that the file can be requested before the code that reads it arrives.)
 */
export function sameOriginGraphUrl(param: string, base: string): URL | null {
  const value = param.trim();
  if (!value || value.length > 500) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return url.origin === new URL(base).origin ? url : null;
}

/** Starts fetching a graph file served beside the app (same origin, no redirects). */
export function requestGraph(url: URL, fetcher: typeof fetch = fetch): Promise<Response> {
  return fetcher(url, { credentials: 'same-origin', redirect: 'error' });
}
