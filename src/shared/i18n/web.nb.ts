/** The web app: messages in bokmål. */
export const webNb = {} as const;
