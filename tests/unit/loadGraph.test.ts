import { describe, expect, it } from 'vitest';
import { fetchGraph, parseGraphText, sameOriginGraphUrl } from '../../src/io/loadGraph';
import { rawGraph } from '../fixtures';

const base = 'https://explorer.example/app/index.html?x=1';

describe('?graph= accepts only a relative path on this site', () => {
  it('resolves relative paths', () => {
    expect(sameOriginGraphUrl('data/my.json', base)?.href).toBe('https://explorer.example/app/data/my.json');
    expect(sameOriginGraphUrl('../other.json', base)?.href).toBe('https://explorer.example/other.json');
  });

  it('refuses remote, absolute, scripted and odd values', () => {
    for (const bad of ['https://evil.example/g.json', '//evil.example/g.json', '/etc/passwd', 'javascript:alert(1)', 'data:application/json,{}', '\\\\evil\\g', 'a\u0000b', '', ' ', 'x'.repeat(600)]) {
      expect(sameOriginGraphUrl(bad, base), bad).toBeNull();
    }
  });
});

describe('loading a graph file', () => {
  it('accepts graph-data text, with a byte-order mark too', () => {
    const r = parseGraphText('\uFEFF' + JSON.stringify(rawGraph), 'g.json');
    expect(r.ok).toBe(true);
  });

  it('refuses broken JSON and invalid graphs whole, naming the file and the places', () => {
    const broken = parseGraphText('{"nodes": [', 'broken.json');
    expect(broken).toMatchObject({ ok: false, file: 'broken.json' });
    if (!broken.ok) expect(broken.issues[0]!.message).toMatch(/not valid JSON/);
    const invalid = parseGraphText(JSON.stringify({ ...(rawGraph as object), nodes: [{ id: '' }] }), 'bad.json');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.issues.map((i) => i.path)).toContain('nodes[0].id');
  });

  it('reports HTTP errors and oversized files without reading them', async () => {
    const notFound = await fetchGraph(new URL('https://x.example/missing.json'), (async () => new Response('nope', { status: 404 })) as typeof fetch);
    expect(notFound).toEqual({ ok: false, file: 'missing.json', issues: [{ path: '(file)', message: 'the server answered 404' }] });
    const huge = await fetchGraph(
      new URL('https://x.example/huge.json'),
      (async () => new Response('{}', { headers: { 'content-length': String(60 * 1024 * 1024) } })) as typeof fetch,
    );
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.issues[0]!.message).toMatch(/more than the 52428800/);
  });
});

describe('links from data', () => {
  it('only http, https and mailto become links', async () => {
    const { safeLink } = await import('../../src/io/safeLink');
    expect(safeLink('https://example.org/a?b')).toBe('https://example.org/a?b');
    expect(safeLink('mailto:someone@example.org')).toBe('mailto:someone@example.org');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:msgbox', 'file:///etc/passwd', '//evil.example', 'not a url', undefined]) {
      expect(safeLink(bad)).toBeNull();
    }
  });
});
