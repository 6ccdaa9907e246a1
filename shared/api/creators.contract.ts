import { z } from 'zod';
import {
  bulkActionSchema,
  creatorDetailSchema,
  creatorInputSchema,
  exportRowSchema,
  maxBulkCreators,
  rosterFilterSchema,
  rosterQuerySchema,
  rosterRowSchema,
  vettingAnswerSchema,
  vettingItemIds,
} from '../domain/creators';
import { importMappingRequestSchema, importMatchRequestSchema, importMatchSchema, importProgressSchema, importRequestSchema, importResultSchema, rememberedImportSchema } from '../domain/creator-import';
import { defineContract, expectedUpdatedAtSchema } from './contract';

const idSchema = z.number().int().positive();
const idsSchema = z.array(idSchema).min(1, 'Select at least one creator').max(maxBulkCreators);

export const creatorsContracts = {
  'creators:list': defineContract({
    channel: 'creators:list',
    input: rosterQuerySchema,
    output: z.object({ total: z.number(), rows: z.array(rosterRowSchema) }),
  }),
  /** Every row of the current view (no paging), for a CSV export. */
  'creators:exportRows': defineContract({
    channel: 'creators:exportRows',
    input: rosterQuerySchema.omit({ offset: true, limit: true }),
    output: z.array(exportRowSchema),
  }),
  /**
   * The creators with at least one account matching the filters (live, or in the bin with `bin`):
   * "select all" selects these, not only the rows loaded so far.
   */
  'creators:matchingIds': defineContract({
    channel: 'creators:matchingIds',
    input: rosterFilterSchema,
    output: z.object({ ids: z.array(z.number()) }),
  }),
  'creators:get': defineContract({ channel: 'creators:get', input: z.strictObject({ id: idSchema }), output: creatorDetailSchema }),
  /** The niches of the live roster, each once as the user wrote it, for the niche filter's suggestions. */
  'creators:niches': defineContract({ channel: 'creators:niches', input: z.void(), output: z.array(z.string()) }),
  'creators:create': defineContract({ channel: 'creators:create', input: creatorInputSchema, output: creatorDetailSchema }),
  'creators:update': defineContract({
    channel: 'creators:update',
    input: z.strictObject({ id: idSchema, creator: creatorInputSchema, expectedUpdatedAt: expectedUpdatedAtSchema }),
    output: creatorDetailSchema,
  }),
  'creators:setVetting': defineContract({
    channel: 'creators:setVetting',
    input: z.strictObject({ id: idSchema, itemId: z.enum(vettingItemIds as [string, ...string[]]), answer: vettingAnswerSchema }),
    output: creatorDetailSchema,
  }),
  'creators:addSnapshot': defineContract({
    channel: 'creators:addSnapshot',
    input: z.strictObject({
      accountId: idSchema,
      asOf: z.iso.date(),
      // The same limits as an account's figures (accountInputSchema): a snapshot becomes the account's current figure.
      followers: z.number().int().min(0).max(10_000_000_000),
      avgLikes: z.number().min(0).max(1e12).nullable(),
      avgComments: z.number().min(0).max(1e12).nullable(),
    }),
    output: creatorDetailSchema,
  }),
  /** Tag, change status, archive or delete (into the bin) many live creators at once; creators in the bin are left alone. */
  'creators:bulk': defineContract({
    channel: 'creators:bulk',
    input: z.strictObject({ ids: idsSchema, action: bulkActionSchema }),
    output: z.object({ affected: z.number() }),
  }),
  /** Which rows of an import file are already in the roster, for the preview. */
  'creators:importMatch': defineContract({ channel: 'creators:importMatch', input: importMatchRequestSchema, output: importMatchSchema }),
  /**
   * The mapping (and platform of rows without one) the user last imported a file with these
   * headers with (remembered by every import), or null: the preview applies it instead of the automatic one.
   */
  'creators:importMappingFor': defineContract({ channel: 'creators:importMappingFor', input: importMappingRequestSchema, output: rememberedImportSchema.nullable() }),
  /** Writes the valid rows of an import file in one transaction: all of them or none; remembers its mapping for the next file with these headers. */
  'creators:import': defineContract({ channel: 'creators:import', input: importRequestSchema, output: importResultSchema }),
  /** How far the running import is (asked while `creators:import` is pending); null when none runs. */
  'creators:importProgress': defineContract({ channel: 'creators:importProgress', input: z.void(), output: importProgressSchema.nullable() }),
  /**
   * Stops the running import, which then fails with rule `importCancelled` and writes nothing.
   * False when none runs or it is already saving (the commit cannot be interrupted).
   */
  'creators:importCancel': defineContract({ channel: 'creators:importCancel', input: z.void(), output: z.boolean() }),
  /** Takes creators out of the bin (the Undo of a delete, and Restore in the bin); others are left alone. */
  'creators:restore': defineContract({
    channel: 'creators:restore',
    input: z.strictObject({ ids: idsSchema }),
    output: z.object({ affected: z.number() }),
  }),
  /**
   * Deletes creators in the bin for good, with their accounts and history. A creator still in a
   * campaign or an ambassador programme stays in the bin (`inUse` counts them): those records
   * are the agency's history and are never removed behind the user's back. Live creators are left alone.
   */
  'creators:purge': defineContract({
    channel: 'creators:purge',
    input: z.strictObject({ ids: idsSchema }),
    output: z.object({ purged: z.number(), inUse: z.number() }),
  }),
};
