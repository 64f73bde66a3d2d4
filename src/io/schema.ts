import { z } from 'zod';

// The built site runs under a Content-Security-Policy without 'unsafe-eval'; zod must not
// generate code at run time.
z.config({ jitless: true });

/** Kebab-case ids: stable, URL-safe, readable. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9 and single hyphens)');

export const localizedSchema = z.object({
  zh: z.string().trim().min(1, 'must not be empty'),
  en: z.string().trim().min(1, 'must not be empty'),
});

export const sourceSchema = z.object({
  quote: z.string().min(2, 'a quote needs at least two characters'),
  paragraph: z.number().int().min(1),
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
  date: partialDate.optional(),
  inferred: z.boolean().optional(),
  sources: z.array(sourceSchema),
});

export const INFERABLE_FIELDS = ['country', 'sectors', 'type', 'geo'] as const;

export const geoSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const nodeSchema = z.object({
  id,
  type: id,
  name: localizedSchema,
  aliases: z.array(z.string().min(1)).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CN').optional(),
  sectors: z.array(id).default([]),
  description: localizedSchema.optional(),
  facts: z.array(factSchema).optional(),
  inferred: z.boolean().optional(),
  inferredFields: z.array(z.enum(INFERABLE_FIELDS)).optional(),
  /** Where the entity is, for the map layout. */
  geo: geoSchema.optional(),
  isolatedReason: z.string().optional(),
  url: z.string().optional(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).optional(),
  sources: z.array(sourceSchema).default([]),
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  source: id,
  target: id,
  type: id,
  year: year.optional(),
  date: partialDate.optional(),
  yearInferred: z.boolean().optional(),
  role: localizedSchema.optional(),
  inferred: z.boolean().optional(),
  note: localizedSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'every edge needs at least one source'),
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
  description: localizedSchema.optional(),
  article: z
    .object({
      title: localizedSchema,
      originalTitle: z.string().optional(),
      date: partialDate,
      dateNote: localizedSchema.optional(),
      file: z.string().optional(),
    })
    .optional(),
});

export const SCHEMA_VERSION = 1;

export const graphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: metaSchema,
  vocabularies: vocabulariesSchema,
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
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
