/** The generated module exactly as it should be on disk. */
export declare function renderValidators(): string;
