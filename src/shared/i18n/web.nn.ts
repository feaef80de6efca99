import type { webNb } from './web.nb.ts';

export const webNn: Record<keyof typeof webNb, string> = {};
