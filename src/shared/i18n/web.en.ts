import type { webNb } from './web.nb.ts';

export const webEn: Record<keyof typeof webNb, string> = {};
