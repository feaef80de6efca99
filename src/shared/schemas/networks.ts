import { z } from 'zod';

export const NETWORK_KINDS = ['nqt', 'mentor'] as const;
export const NetworkKindSchema = z.enum(NETWORK_KINDS);
export type NetworkKind = z.infer<typeof NetworkKindSchema>;

export const NETWORK_POOLS = ['kindergarten', 'school', 'all'] as const;
export const NetworkPoolSchema = z.enum(NETWORK_POOLS);
export type NetworkPool = z.infer<typeof NetworkPoolSchema>;
