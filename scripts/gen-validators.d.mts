import type { Ajv2020 } from 'ajv/dist/2020.js';

/** The ajv the shipped schemas are compiled with, all of them added; `code` asks for standalone output. */
export declare function createAjv(code?: { source: boolean; esm: boolean }): Ajv2020;
/** The generated module exactly as it should be on disk. */
export declare function renderValidators(): string;
