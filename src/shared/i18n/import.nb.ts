/** Import of units and people: messages in bokmål. */
export const importNb = {} as const;
