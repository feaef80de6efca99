import type { importNb } from './import.nb.ts';

export const importEn: Record<keyof typeof importNb, string> = {};
