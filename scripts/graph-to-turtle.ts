/**
 * `npm run turtle`: writes graph-data/graph.ttl from graph-data/graph.json (the explorer's own graph
 * as RDF, for SPARQL stores). `--check` only compares, and fails if the file is not up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { graphToTurtle } from '../src/sparql/turtle';
import type { Graph } from '../src/io/schema';

const graph = JSON.parse(readFileSync('graph-data/graph.json', 'utf8')) as Graph;
const ttl = graphToTurtle(graph);
if (process.argv.includes('--check')) {
  const current = readFileSync('graph-data/graph.ttl', 'utf8');
  if (current !== ttl) {
    console.error('graph-data/graph.ttl is not what graph-data/graph.json gives: run `npm run turtle`');
    process.exit(1);
  }
  console.log('graph-data/graph.ttl matches graph-data/graph.json');
} else {
  writeFileSync('graph-data/graph.ttl', ttl);
  console.log(`graph-data/graph.ttl: ${ttl.split('\n').length} lines`);
}
