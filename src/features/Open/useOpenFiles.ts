import { useState } from 'react';
import { useGraphLoader } from '../../app/GraphLoader';
import { MAX_FILE_BYTES, readFileText, importInWorker, type Stage } from '../../io/import/client';
import type { CsvMapping, CsvTable } from '../../io/import/formats';
import type { ImportResult, InputFile } from '../../io/import/importGraph';
import { describeIssues } from '../../io/issues';
import { useAppStoreApi } from '../../store/hooks';


export interface CsvPending {
  files: InputFile[];
  nodes: CsvTable;
  edges: CsvTable;
  mapping: CsvMapping;
}

/** Reading, parsing (in a worker) and opening graph files, with progress and precise refusals. */
export function useOpenFiles() {
  const store = useAppStoreApi();
  const loader = useGraphLoader();
  const [progress, setProgress] = useState<{ stage: Stage; fraction: number } | null>(null);
  const [csv, setCsv] = useState<CsvPending | null>(null);

  const finish = (result: ImportResult, name: string) => {
    if (result.ok) {
      loader?.open(result.graph, name);
      return;
    }
    const problems = describeIssues(result.issues, result.total, result.issues.length);
    store.getState().pushNotice({ key: 'fileRefused', params: { file: result.file, count: result.total, problems }, tone: 'error' });
  };

  const run = async (inputs: InputFile[], mapping?: CsvMapping) => {
    setProgress({ stage: 'parsing', fraction: 0.6 });
    try {
      const result = await importInWorker(inputs, mapping, (stage) => setProgress({ stage, fraction: stage === 'parsing' ? 0.7 : 0.9 }));
      finish(result, inputs.map((f) => f.name).join(' + '));
    } catch (err) {
      store.getState().pushNotice({ key: 'fileRefused', params: { file: inputs.map((f) => f.name).join(' + '), count: 1, problems: String(err) }, tone: 'error' });
    } finally {
      setProgress(null);
    }
  };

  const openFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setProgress({ stage: 'reading', fraction: 0 });
    const inputs: InputFile[] = [];
    try {
      for (const [i, f] of files.entries()) {
        const text = await readFileText(f, (p) => setProgress({ stage: 'reading', fraction: ((i + p) / files.length) * 0.5 }), MAX_FILE_BYTES);
        inputs.push({ name: f.name, text });
      }
    } catch (err) {
      setProgress(null);
      store.getState().pushNotice({ key: 'fileRefused', params: { file: files.map((f) => f.name).join(' + '), count: 1, problems: (err as Error).message }, tone: 'error' });
      return;
    }
    if (inputs.length === 2 && inputs.every((f) => /\.(csv|tsv)$/i.test(f.name))) {
      // Two CSV files: let the person check which column is which before opening.
      const { readCsv, splitCsvPair, guessCsvMapping } = await import('../../io/import/formats');
      try {
        const pair = splitCsvPair(readCsv(inputs[0]!.name, inputs[0]!.text), readCsv(inputs[1]!.name, inputs[1]!.text));
        setProgress(null);
        setCsv({ files: inputs, ...pair, mapping: guessCsvMapping(pair.nodes, pair.edges) });
        return;
      } catch {
        // Fall through: the importer reports the problem with its place.
      }
    }
    await run(inputs);
  };

  return {
    progress,
    csv,
    openFiles,
    confirmCsv: (mapping: CsvMapping) => {
      const pending = csv;
      setCsv(null);
      if (pending) void run(pending.files, mapping);
    },
    cancelCsv: () => setCsv(null),
  };
}
