import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real Virtuoso (Debian's virtuoso-opensource-7-bin), started for the tests on loopback with a
 * database directory of its own, CORS allowed on /sparql, loaded with graph-data/graph.ttl; stopped
 * and removed afterwards.
 */
export interface Virtuoso {
  /** The SPARQL endpoint, http://127.0.0.1:PORT/sparql. */
  endpoint: string;
  /** Runs SQL through isql (loading data, say). */
  sql(statement: string): string;
  /** Loads the generated store of a million triples (bench/sparqlData.ts) into urn:bench:graph. */
  loadMillion(): Promise<number>;
  stop(): Promise<void>;
}

const BINARY = '/usr/bin/virtuoso-t';
const ISQL = '/usr/bin/isql-vt';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startVirtuoso(): Promise<Virtuoso> {
  if (!existsSync(BINARY) || !existsSync(ISQL)) {
    throw new Error(
      'No Virtuoso found for the SPARQL tests. Install Debian\'s with `sudo apt-get install -y virtuoso-opensource-7-bin` ' +
        '(the server and isql, without the system service), as .ci/run does.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'zgc-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(
    join(dir, 'virtuoso.ini'),
    `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
MaxQueryMem = 200M

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 30
MaxQueryCostEstimationTime = 400
`,
  );
  const child: ChildProcess = spawn(BINARY, ['+configfile', join(dir, 'virtuoso.ini'), '+foreground'], { cwd: dir, stdio: 'ignore' });
  // Whatever ends this process (a failed run, an interrupt) ends the server too, and removes its files.
  const cleanup = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', cleanup);
  };
  try {
    // Up when /sparql answers (the first start creates the database: some seconds).
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`virtuoso-t exited with ${child.exitCode}: ${readLog(dir)}`);
      try {
        const res = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, { headers: { Accept: 'application/sparql-results+json' } });
        if (res.ok) break;
      } catch {
        /* not yet */
      }
      if (Date.now() - started > 90_000) throw new Error(`Virtuoso did not come up within 90 s: ${readLog(dir)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const sql = (statement: string) => execFileSync(ISQL, [String(sqlPort), 'dba', 'dba', `exec=${statement}`], { encoding: 'utf8', timeout: 120_000 });
    // CORS on /sparql, so that the explorer's page (another origin) may ask it.
    sql(
      "DB.DBA.VHOST_REMOVE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql'); " +
        "DB.DBA.VHOST_DEFINE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql', ppath=>'/!sparql/', is_dav=>1, vsp_user=>'dba', opts=>vector('browse_sheet','', 'noinherit','yes', 'cors','*', 'cors_restricted',0));",
    );
    copyFileSync('graph-data/graph.ttl', join(dir, 'graph.ttl'));
    // The full-text index of literals (what bif:contains searches), for every graph loaded from here on.
    sql("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'zgc-graph');");
    const out = sql(`DB.DBA.TTLP(file_to_string_output('${dir}/graph.ttl'), '', 'urn:zgc:graph'); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;`);
    if (/Error/.test(out)) throw new Error(`loading graph.ttl failed: ${out}`);
    const loadMillion = async () => {
      const { writeBenchTriples, BENCH_GRAPH } = await import('../../bench/sparqlData');
      const count = await writeBenchTriples(join(dir, 'bench.nt'));
      const out = sql(`ld_dir('${dir}', 'bench.nt', '${BENCH_GRAPH}'); rdf_loader_run(); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); checkpoint;`);
      if (/Error/.test(out)) throw new Error(`loading bench.nt failed: ${out}`);
      return count;
    };
    return { endpoint, sql, stop, loadMillion };
  } catch (err) {
    await stop();
    throw err;
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'virtuoso.log'), 'utf8').split('\n').slice(-8).join(' | ');
  } catch {
    return '(no log)';
  }
}
