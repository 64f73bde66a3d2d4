import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A generated store of a little over 1,000,000 triples, written as N-Triples: 100,000 entities of
 * 10 classes with zh and en labels, six links each to others, and two hubs of 50,000 neighbours
 * each (the node no expand may hang on). Seeded: the same file every time.
 */
export const BENCH_GRAPH = 'urn:bench:graph';
export const ENTITIES = 100_000;
export const HUB_NEIGHBOURS = 50_000;

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const LABEL = '<http://www.w3.org/2000/01/rdf-schema#label>';
const CLASSES = ['Company', 'University', 'Person', 'City', 'Programme', 'Fund', 'Event', 'Policy', 'Lab', 'Journal'];
const CLASSES_ZH = ['公司', '大学', '人物', '城市', '计划', '基金', '活动', '政策', '实验室', '期刊'];
const PREDICATES = ['partnerOf', 'fundedBy', 'locatedIn', 'memberOf', 'cites', 'relatedTo'];

export const entity = (i: number) => `urn:bench:e${i}`;
export const hub = (i: number) => `urn:bench:hub${i}`;

export async function writeBenchTriples(path: string): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  let buffer = '';
  const emit = async (line: string) => {
    buffer += line;
    count++;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  };
  let seed = 20261127;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let c = 0; c < CLASSES.length; c++) {
    await emit(`<urn:bench:class:${CLASSES[c]}> ${LABEL} "${CLASSES[c]}"@en .\n`);
    await emit(`<urn:bench:class:${CLASSES[c]}> ${LABEL} "${CLASSES_ZH[c]}"@zh .\n`);
  }
  for (const p of PREDICATES) await emit(`<urn:bench:p:${p}> ${LABEL} "${p}"@en .\n`);
  for (let i = 0; i < ENTITIES; i++) {
    const c = i % CLASSES.length;
    await emit(`<${entity(i)}> ${RDF_TYPE} <urn:bench:class:${CLASSES[c]}> .\n`);
    await emit(`<${entity(i)}> ${LABEL} "${CLASSES[c]} ${i}"@en .\n`);
    await emit(`<${entity(i)}> ${LABEL} "${CLASSES_ZH[c]}${i}号"@zh .\n`);
    for (const p of PREDICATES) await emit(`<${entity(i)}> <urn:bench:p:${p}> <${entity(Math.floor(next() * ENTITIES))}> .\n`);
  }
  for (let h = 0; h < 2; h++) {
    await emit(`<${hub(h)}> ${RDF_TYPE} <urn:bench:class:Fund> .\n`);
    await emit(`<${hub(h)}> ${LABEL} "Hub ${h}"@en .\n`);
    await emit(`<${hub(h)}> ${LABEL} "枢纽${h}"@zh .\n`);
    for (let k = 0; k < HUB_NEIGHBOURS; k++) await emit(`<${entity((k * 2 + h) % ENTITIES)}> <urn:bench:p:memberOf> <${hub(h)}> .\n`);
  }
  out.end(buffer);
  await once(out, 'finish');
  return count;
}
