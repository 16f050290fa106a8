// Generated from openapi.yaml by npm run generate. Do not edit.
import type { ValidateFunction } from 'ajv';
import type { OperationId } from './operations.ts';

/** The compiled request validators of one operation; a part the operation does not have is absent. */
export interface OperationValidators {
  /** Path parameters (strings, as the router parsed them). */
  params?: ValidateFunction;
  /** The query object; coerces strings to numbers and booleans and fills in defaults, in place. */
  query?: ValidateFunction;
  /** Declared header parameters only, under lowercase names (`if-match`). */
  headers?: ValidateFunction;
  /** A JSON body; fills in defaults, in place; never coerces. */
  body?: ValidateFunction;
}

export declare const validators: Record<OperationId, OperationValidators>;
