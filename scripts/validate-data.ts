/**
 * `npm run validate-data [graph.json] [article.txt]`: checks graph-data against its schema and
 * the article. Prints one line per problem as FILE: PATH: MESSAGE and exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateGraph } from '../src/io/validateGraph';
import { validateTranslation } from '../src/io/translation';

const graphFile = process.argv[2] ?? 'graph-data/graph.json';
const articleFile = process.argv[3] ?? 'graph-data/article.txt';
const translationFile = process.argv[4] ?? 'graph-data/article.en.json';
const shown = relative(process.cwd(), graphFile) || graphFile;

let data: unknown;
try {
  data = JSON.parse(readFileSync(graphFile, 'utf8').replace(/^\uFEFF/, ''));
} catch (err) {
  console.error(`${shown}: (root): cannot be read as JSON: ${(err as Error).message}`);
  process.exit(1);
}
const result = validateGraph(data, readFileSync(articleFile, 'utf8'));
if (!result.ok) {
  for (const issue of result.issues) console.error(`${shown}: ${issue.path}: ${issue.message}`);
  console.error(`${shown}: ${result.issues.length} problem(s)`);
  process.exit(1);
}
const g = result.graph;
const translationIssues = validateTranslation(JSON.parse(readFileSync(translationFile, 'utf8')), readFileSync(articleFile, 'utf8'), g);
if (translationIssues.length) {
  for (const issue of translationIssues) console.error(`${translationFile}: ${issue.path}: ${issue.message}`);
  console.error(`${translationFile}: ${translationIssues.length} problem(s)`);
  process.exit(1);
}
const quotes = g.nodes.reduce((s, n) => s + n.sources.length, 0) + g.edges.reduce((s, e) => s + e.sources.length, 0);
const docs = g.documents?.length ?? 0;
console.log(`${shown}: valid: ${g.nodes.length} nodes, ${g.edges.length} edges, ${quotes} quotes found in the article${docs ? ` and ${docs} added document(s)` : ''}`);
// Facts a curator saved without evidence are allowed, and said.
const unsourced = [...g.nodes.filter((n) => n.unsourced).map((n) => `node "${n.id}"`), ...g.edges.filter((e) => e.unsourced).map((e) => `edge "${e.id}"`)];
if (unsourced.length) console.log(`${shown}: note: ${unsourced.length} saved without evidence (marked unsourced): ${unsourced.slice(0, 10).join(', ')}${unsourced.length > 10 ? ', …' : ''}`);
console.log(`${translationFile}: valid: every paragraph translated sentence for sentence, every quote with its translation`);
