import type { importNb } from './import.nb.ts';

export const importNn: Record<keyof typeof importNb, string> = {};
