import { z } from 'zod';
import { UNIT_TYPES } from '../enums.ts';
import { IdSchema, NameSchema } from './common.ts';

export const NETWORK_KINDS = ['nqt', 'mentor'] as const;
export const NetworkKindSchema = z.enum(NETWORK_KINDS);
export type NetworkKind = z.infer<typeof NetworkKindSchema>;

export const NETWORK_POOLS = ['kindergarten', 'school', 'all'] as const;
export const NetworkPoolSchema = z.enum(NETWORK_POOLS);
export type NetworkPool = z.infer<typeof NetworkPoolSchema>;

/** A grouping issue (from the solver's checks or a hand edit): a code the web translates with its figures. */
export const NetworkIssueSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type NetworkIssue = z.infer<typeof NetworkIssueSchema>;

export const NetworkMemberSchema = z.object({
  personId: IdSchema,
  name: z.string(),
  unitId: IdSchema.nullable(),
  unitName: z.string().nullable(),
  unitType: z.enum(UNIT_TYPES).nullable(),
  /** Programme year of an NQT; null for mentors. */
  programmeYear: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** Name of last year's network group, if the person had one. */
  lastGroupName: z.string().nullable(),
});
export type NetworkMember = z.infer<typeof NetworkMemberSchema>;

export const GroupWhySchema = z.object({
  size: z.number(),
  yearOne: z.number(),
  yearTwo: z.number(),
  fairYearTwo: z.number(),
  units: z.number(),
  maxFromOneUnit: z.number(),
  keptFromLastYear: z.number(),
  averageKm: z.number().nullable(),
  maxKm: z.number().nullable(),
});
export type GroupWhy = z.infer<typeof GroupWhySchema>;

export const NetworkGroupSchema = z.object({
  /** Null in a proposal that has not been saved. */
  id: IdSchema.nullable(),
  name: z.string(),
  pool: NetworkPoolSchema,
  continuesGroupId: IdSchema.nullable(),
  continuesGroupName: z.string().nullable(),
  members: z.array(NetworkMemberSchema),
  why: GroupWhySchema,
});
export type NetworkGroup = z.infer<typeof NetworkGroupSchema>;

const GroupCountSchema = z.number().int({ message: 'validation.integer' }).min(1).max(500);

/** The rules a grouping is formed under; sizes come from the programme's `networkGroupSize`. */
export const NetworkRulesSchema = z.strictObject({
  maxPerUnit: z.number().int({ message: 'validation.integer' }).min(1).max(50),
  keepKindergartenApart: z.boolean(),
});
export type NetworkRules = z.infer<typeof NetworkRulesSchema>;

export const ProposeNetworkInputSchema = NetworkRulesSchema.extend({
  balanceYears: z.boolean().optional(),
  keepLastYear: z.boolean().optional(),
  groupCounts: z
    .strictObject({
      kindergarten: GroupCountSchema.optional(),
      school: GroupCountSchema.optional(),
      all: GroupCountSchema.optional(),
    })
    .optional(),
});
export type ProposeNetworkInput = z.infer<typeof ProposeNetworkInputSchema>;

export const SolveFiguresSchema = z.object({
  status: z.enum(['optimal', 'feasible', 'infeasible']),
  objective: z.number().nullable(),
  bound: z.number().nullable(),
  gap: z.number().nullable(),
});

export const NetworkProposalSchema = SolveFiguresSchema.extend({
  kind: NetworkKindSchema,
  rules: NetworkRulesSchema,
  groups: z.array(NetworkGroupSchema),
  issues: z.array(NetworkIssueSchema),
  solveSeconds: z.number(),
  separatedFromLastYear: z.number(),
});
export type NetworkProposal = z.infer<typeof NetworkProposalSchema>;

export const SaveNetworkInputSchema = NetworkRulesSchema.extend({
  groups: z
    .array(
      z.strictObject({
        name: NameSchema.max(100),
        pool: NetworkPoolSchema,
        continuesGroupId: IdSchema.nullable().optional(),
        memberIds: z.array(IdSchema).max(1000),
      }),
    )
    .max(500),
  /** The figures of the proposal saved (omitted for a grouping made by hand). */
  solve: SolveFiguresSchema.omit({ bound: true }).optional(),
});
export type SaveNetworkInput = z.infer<typeof SaveNetworkInputSchema>;

export const MoveMemberInputSchema = z.strictObject({ personId: IdSchema, toGroupId: IdSchema });
export type MoveMemberInput = z.infer<typeof MoveMemberInputSchema>;

export const RenameGroupInputSchema = z.strictObject({ name: NameSchema.max(100) });

export const NetworkViewSchema = z.object({
  kind: NetworkKindSchema,
  minSize: z.number(),
  maxSize: z.number(),
  /** The saved rules, or the defaults when nothing is saved yet. */
  rules: NetworkRulesSchema,
  saved: z.boolean(),
  lastSolve: SolveFiguresSchema.omit({ bound: true }).nullable(),
  groups: z.array(NetworkGroupSchema),
  /** Participants (enrolled NQTs or the programme's mentors) in no group. */
  unassigned: z.array(NetworkMemberSchema),
  /** What breaks the rules in the saved groups today (someone left, a group shrank). */
  issues: z.array(NetworkIssueSchema),
  participants: z.number(),
  canManage: z.boolean(),
});
export type NetworkView = z.infer<typeof NetworkViewSchema>;

export const MyNetworkSchema = z.object({
  groups: z.array(
    z.object({
      id: IdSchema,
      kind: NetworkKindSchema,
      name: z.string(),
      programmeName: z.string(),
      members: z.array(
        z.object({ personId: IdSchema, name: z.string(), unitName: z.string().nullable(), isMe: z.boolean() }),
      ),
    }),
  ),
});
export type MyNetwork = z.infer<typeof MyNetworkSchema>;
