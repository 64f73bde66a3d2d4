import { z } from 'zod';

// The built site runs under a Content-Security-Policy without 'unsafe-eval'; zod must not
// generate code at run time.
z.config({ jitless: true });

/** Kebab-case ids: what graph-data itself uses (checked by `validate-data`, see checkReferences). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Limits for any graph the explorer opens; chosen so that 50k-node graphs still fit. */
export const LIMITS = { idLength: 256, labelLength: 1000, textLength: 20000, nodes: 100_000, edges: 300_000, listItems: 1000, attributes: 500 } as const;

// Any id a file may bring (quotes, spaces, '#', '.', '"]' included): the renderer looks elements up
// with getElementById, never with a selector built from data.
const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
  // eslint-disable-next-line no-control-regex -- control characters make ids unreadable and unsafe
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'must not contain control characters')
  .refine((v) => v.trim() === v, 'must not start or end with spaces');
const label = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `is longer than ${max} characters`);

export const localizedSchema = z.object({
  zh: label(LIMITS.labelLength),
  en: label(LIMITS.labelLength),
});
const longText = z.object({ zh: label(LIMITS.textLength), en: label(LIMITS.textLength) });

/** The document that a source without `document` quotes: the graph's article. */
export const ARTICLE_DOCUMENT = 'article';

export const sourceSchema = z.object({
  quote: z.string().min(2, 'a quote needs at least two characters').max(LIMITS.textLength),
  paragraph: z.number().int().min(1),
  /** The id of one of the graph's documents; absent for the article. */
  document: id.optional(),
});

const year = z.number().int().min(1000).max(2999);
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const QUALIFIERS = ['about', 'over', 'nearly'] as const;

export const factSchema = z.object({
  key: id,
  label: localizedSchema,
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS).optional(),
  unit: localizedSchema.optional(),
  year: year.optional(),
  /** The last year of a period that starts at `year` (or `value`, for a period fact). */
  endYear: year.optional(),
  date: partialDate.optional(),
  inferred: z.boolean().optional(),
  sources: z.array(sourceSchema),
});

/** Fields that may be marked inferred: 'name' for names the article does not give (coined from what it says). */
/** The types an attribute of another tool's file keeps (GEXF and GraphML declare them). */
export const ATTR_TYPES = ['string', 'number', 'boolean', 'list', 'date'] as const;
export type AttrType = (typeof ATTR_TYPES)[number];
const attrScalar = z.union([z.string().max(LIMITS.textLength, `is longer than ${LIMITS.textLength} characters`), z.number(), z.boolean()]);
export const attrValueSchema = z.union([attrScalar, z.array(attrScalar).max(LIMITS.listItems), z.null()]);
export type AttrValue = z.infer<typeof attrValueSchema>;
/** Every attribute a file gives a node or an edge, by key, with its type. */
const attributesSchema = z
  .record(z.string().min(1).max(LIMITS.labelLength), attrValueSchema)
  .refine((o) => Object.keys(o).length <= LIMITS.attributes, `has more than ${LIMITS.attributes} attributes`);
export const attrDefSchema = z.object({ key: z.string().min(1).max(LIMITS.labelLength), title: label(LIMITS.labelLength), type: z.enum(ATTR_TYPES) });
export type AttrDef = z.infer<typeof attrDefSchema>;
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #2f6fdf');

export const INFERABLE_FIELDS = ['country', 'sectors', 'type', 'geo', 'name'] as const;

export const geoSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const nodeSchema = z.object({
  id,
  type: id,
  name: localizedSchema,
  aliases: z.array(label(LIMITS.labelLength)).max(LIMITS.listItems).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CN').optional(),
  sectors: z.array(id).max(LIMITS.listItems).default([]),
  description: longText.optional(),
  facts: z.array(factSchema).optional(),
  inferred: z.boolean().optional(),
  inferredFields: z.array(z.enum(INFERABLE_FIELDS)).optional(),
  /** Where the entity is, for the map layout. */
  geo: geoSchema.optional(),
  isolatedReason: z.string().optional(),
  url: z.string().max(2000).optional(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional(),
  /** The file's own appearance (another tool's colour and size), drawn instead of the type's. */
  color: colour.optional(),
  size: z.number().finite().positive().optional(),
  attributes: attributesSchema.optional(),
  sources: z.array(sourceSchema).default([]),
  /** Saved by a curator without evidence: marked, so that nobody takes it for a sourced fact. */
  unsourced: z.boolean().optional(),
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  source: id,
  target: id,
  type: id,
  year: year.optional(),
  /** The last year of a period that starts at `year`. */
  endYear: year.optional(),
  date: partialDate.optional(),
  yearInferred: z.boolean().optional(),
  role: localizedSchema.optional(),
  inferred: z.boolean().optional(),
  note: longText.optional(),
  /** From another tool's file: its free-text label, weight, direction, and its own id when the canvas needed another. */
  label: z.string().max(LIMITS.labelLength).optional(),
  weight: z.number().finite().optional(),
  directed: z.boolean().optional(),
  fileId: z.string().max(LIMITS.idLength).optional(),
  color: colour.optional(),
  attributes: attributesSchema.optional(),
  /** graph-data requires one at least (validate-data); an opened file may have none. */
  sources: z.array(sourceSchema).default([]),
  /** Saved by a curator without evidence: marked, so that nobody takes it for a sourced fact. */
  unsourced: z.boolean().optional(),
});

export const nodeTypeSchema = z.object({
  id,
  label: localizedSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #2f6fdf'),
  shape: z.enum([
    'ellipse', 'rectangle', 'round-rectangle', 'diamond', 'round-diamond', 'hexagon', 'octagon',
    'star', 'barrel', 'tag', 'round-tag', 'triangle', 'pentagon',
  ]),
});

export const relationTypeSchema = z.object({
  id,
  label: localizedSchema,
  inverse: localizedSchema,
  symmetric: z.boolean().optional(),
});

export const sectorSchema = z.object({ id, label: localizedSchema });
export const countrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  label: localizedSchema,
  /** A point inside the country, for nodes that have a country but no place of their own. */
  geo: geoSchema.optional(),
});

export const vocabulariesSchema = z.object({
  nodeTypes: z.array(nodeTypeSchema).min(1),
  relationTypes: z.array(relationTypeSchema).min(1),
  sectors: z.array(sectorSchema),
  countries: z.array(countrySchema),
});

export const metaSchema = z.object({
  title: localizedSchema,
  /** Edges are directed unless the file says otherwise (GEXF and GraphML do, per graph and per edge). */
  directed: z.boolean().optional(),
  /** The attributes the file declares, in its order, with titles and types. */
  attributes: z.object({ nodes: z.array(attrDefSchema).max(LIMITS.attributes), edges: z.array(attrDefSchema).max(LIMITS.attributes) }).optional(),
  /** Where the file came from (the tool that wrote it), as it says. */
  creator: z.string().max(LIMITS.labelLength).optional(),
  description: longText.optional(),
  article: z
    .object({
      title: localizedSchema,
      originalTitle: z.string().optional(),
      date: partialDate,
      dateNote: longText.optional(),
      file: z.string().optional(),
    })
    .optional(),
});

export const SCHEMA_VERSION = 1;

/**
 * A named view of the graph: what the address says of it (filters, search, focus, selection, path,
 * layout, year, sizes, colours, language), and where the nodes stood.
 */
export const viewSchema = z.object({
  id,
  name: label(200),
  query: z.string().max(8000, 'is longer than 8000 characters'),
  positions: z.record(id, z.object({ x: z.number().finite(), y: z.number().finite() })).optional(),
});

/**
 * A text the graph's facts are traced to, besides the article: cleaned (no pinyin reading aids) and
 * split into paragraphs, as the article is; a source names it and a paragraph (from 1).
 */
export const documentSchema = z.object({
  id,
  title: localizedSchema,
  date: partialDate.optional(),
  url: z.string().max(2000).optional(),
  paragraphs: z.array(z.string().max(LIMITS.textLength, `is longer than ${LIMITS.textLength} characters`)).min(1, 'must have a paragraph').max(5000, 'has more than 5000 paragraphs'),
});

export const graphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: metaSchema,
  vocabularies: vocabulariesSchema,
  nodes: z.array(nodeSchema).max(LIMITS.nodes, `has more than ${LIMITS.nodes} nodes`),
  edges: z.array(edgeSchema).max(LIMITS.edges, `has more than ${LIMITS.edges} edges`),
  /** Named views that travel with the graph. */
  views: z.array(viewSchema).max(200, 'has more than 200 views').optional(),
  /** Documents added by curators (the article itself is `meta.article` and graph-data/article.txt). */
  documents: z.array(documentSchema).max(200, 'has more than 200 documents').optional(),
});

export type Localized = z.infer<typeof localizedSchema>;
export type Geo = z.infer<typeof geoSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type NodeType = z.infer<typeof nodeTypeSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type GraphMeta = z.infer<typeof metaSchema>;
export type Graph = z.infer<typeof graphSchema>;
export type GraphView = z.infer<typeof viewSchema>;
export type GraphDocument = z.infer<typeof documentSchema>;
