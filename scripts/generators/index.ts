import { operations } from './operations.ts';
import { schemaFields } from './schema-fields.ts';
import { schemaInputs } from './schema-inputs.ts';
import type { Generator } from './sdk.ts';
import { wireTypes } from './wire-types.ts';

/** Every generated file, in the order `npm run generate` writes them. */
export const GENERATORS: readonly Generator[] = [wireTypes, operations, schemaFields, schemaInputs];
