/** Injection tokens for the plain-TypeScript services the Nest shells wire together. */
export const CONFIG = Symbol('CONFIG');
export const DATABASE = Symbol('DATABASE');
export const REDIS = Symbol('REDIS');
