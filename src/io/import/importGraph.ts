import type { Graph } from '../schema';
import { validateGraph, type ValidationIssue } from '../validateGraph';
import { detectFormat, fromCsv, fromCytoscape, guessCsvMapping, ImportError, pairTitle, readCsv, splitCsvPair, type CsvMapping, type Format } from './formats';

/** Readers of the XML formats; given where a DOMParser exists (not in a Web Worker). */
export interface XmlReaders {
  graphml(text: string, title: string): unknown;
  gexf(text: string, title: string): unknown;
}

export interface InputFile {
  name: string;
  text: string;
}

export type ImportResult =
  | { ok: true; graph: Graph; format: Format; positioned: boolean }
  | { ok: false; file: string; issues: ValidationIssue[]; total: number };

/** The most characters a file may have; checked before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;
/** How many problems an error lists before saying how many more there are. */
export const MAX_LISTED_ISSUES = 20;

const refuse = (file: string, issues: ValidationIssue[]): ImportResult => ({ ok: false, file, issues: issues.slice(0, MAX_LISTED_ISSUES), total: issues.length });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = (err as Error).message;
    throw new ImportError('(root)', text.trim() === '' ? 'is empty' : `is not valid JSON (${message})`);
  }
}

/**
 * Reads one file (graph-data, Cytoscape JSON, GraphML, GEXF) or a pair of CSV files (nodes and
 * edges) into a validated graph. Whole or nothing: any problem refuses the file, and every problem
 * found is reported with its place. Never throws.
 */
export function importFiles(files: readonly InputFile[], csvMapping?: CsvMapping, xml: XmlReaders | null = null): ImportResult {
  const fileName = files.map((f) => f.name).join(' + ') || '(no file)';
  try {
    if (files.length === 0) return refuse(fileName, [{ path: '(file)', message: 'no file was given' }]);
    for (const f of files) {
      if (f.text.length > MAX_FILE_CHARS) return refuse(f.name, [{ path: '(file)', message: `is larger than ${MAX_FILE_CHARS / 1024 / 1024} MB` }]);
    }
    const title = files[0]!.name.replace(/\.[^.]+$/, '');
    let candidate: unknown;
    let format: Format;
    if (files.length === 2) {
      format = 'csv';
      const { nodes, edges } = splitCsvPair(readCsv(files[0]!.name, files[0]!.text), readCsv(files[1]!.name, files[1]!.text));
      candidate = fromCsv(nodes, edges, csvMapping ?? guessCsvMapping(nodes, edges), pairTitle(files[0]!.name, files[1]!.name));
    } else if (files.length === 1) {
      const f = files[0]!;
      if (f.text.trim() === '') return refuse(f.name, [{ path: '(file)', message: 'is empty' }]);
      format = detectFormat(f.name, f.text);
      if (format === 'csv') return refuse(f.name, [{ path: '(file)', message: 'is one CSV file: open the nodes and the edges files together' }]);
      if ((format === 'graphml' || format === 'gexf') && !xml) throw new ImportError('(file)', 'is XML, which can only be read on the page, not in a worker');
      candidate =
        format === 'graph-data'
          ? parseJson(f.text)
          : format === 'cytoscape'
            ? fromCytoscape(parseJson(f.text), title)
            : format === 'graphml'
              ? xml!.graphml(f.text, title)
              : xml!.gexf(f.text, title);
    } else return refuse(fileName, [{ path: '(file)', message: 'open one graph file, or two CSV files (nodes and edges)' }]);

    const result = validateGraph(candidate);
    if (!result.ok) return refuse(fileName, result.issues);
    if (result.graph.nodes.length === 0) return refuse(fileName, [{ path: 'nodes', message: 'the graph has no nodes' }]);
    return { ok: true, graph: result.graph, format, positioned: result.graph.nodes.every((n) => n.position) };
  } catch (err) {
    if (err instanceof ImportError) return refuse(fileName, [{ path: err.path, message: err.message }]);
    return refuse(fileName, [{ path: '(file)', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }]);
  }
}
