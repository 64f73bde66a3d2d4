import { readFileSync } from 'node:fs';
import { graphSchema, type Graph } from '../src/io/schema';

export const rawArticle = readFileSync('graph-data/article.txt', 'utf8');
export const rawTranslation: unknown = JSON.parse(readFileSync('graph-data/article.en.json', 'utf8'));
export const rawGraph: unknown = JSON.parse(readFileSync('graph-data/graph.json', 'utf8'));
export const bundledGraph: Graph = graphSchema.parse(rawGraph);

/** A deep copy of graph-data to break in a test. */
export function graphCopy(): Graph {
  return structuredClone(bundledGraph);
}
