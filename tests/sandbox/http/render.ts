import type { SandboxState } from '../state/sandbox-state.ts';
import { type FieldRequest, FieldsError } from './fields.ts';

/** What serializers may need beyond the record: the data around it and the request's origin. */
export interface RenderContext {
  state: SandboxState;
  origin: string;
  nowMs: number;
}

/** A field Clio defines that the sandbox does not model: always null (or an empty list). */
export interface UnmodelledField {
  kind: 'unmodelled';
  empty: null | [];
}

export interface ScalarField<T> {
  kind: 'scalar';
  get(record: T, ctx: RenderContext): unknown;
}

export interface NestedField<T> {
  kind: 'nested';
  resource: () => Resource<never>;
  get(record: T, ctx: RenderContext): object | object[] | null;
}

export type Field<T> = ScalarField<T> | NestedField<T> | UnmodelledField;

/** A Clio record type: its field names (those of its OpenAPI schema) and how to render each. */
export interface Resource<T> {
  name: string;
  fields: Record<string, Field<T>>;
  /** What a bare `fields` entry, or no `fields` at all, returns. */
  defaults: string[];
}

export const unmodelled: UnmodelledField = { kind: 'unmodelled', empty: null };
export const unmodelledList: UnmodelledField = { kind: 'unmodelled', empty: [] };

export function scalar<T>(get: (record: T, ctx: RenderContext) => unknown): ScalarField<T> {
  return { kind: 'scalar', get };
}

export function nested<T, U>(
  resource: () => Resource<U>,
  get: (record: T, ctx: RenderContext) => U | U[] | null | undefined,
): NestedField<T> {
  return {
    kind: 'nested',
    resource: resource as () => Resource<never>,
    get: (record, ctx) => (get(record, ctx) ?? null) as object | object[] | null,
  };
}

function defaultRequests(resource: Resource<never>): FieldRequest[] {
  return resource.defaults.map((name) => ({ name, subFields: null }));
}

/** Rejects unknown fields (400 in Clio) before any record is rendered. */
export function checkFields<T>(resource: Resource<T>, requests: FieldRequest[] | null): FieldRequest[] {
  if (requests === null) return defaultRequests(resource as Resource<never>);
  for (const request of requests) {
    const field = resource.fields[request.name];
    if (!field) throw new FieldsError(`Invalid field: ${request.name} is not a field of ${resource.name}`);
    if (request.subFields === null) continue;
    if (field.kind === 'scalar') throw new FieldsError(`Invalid field: ${request.name} has no nested fields`);
    if (field.kind === 'nested') {
      const inner = field.resource();
      for (const sub of request.subFields) {
        if (!inner.fields[sub]) throw new FieldsError(`Invalid field: ${request.name}{${sub}}`);
      }
    }
  }
  return requests;
}

function renderOne(resource: Resource<never>, record: never, requests: FieldRequest[], ctx: RenderContext) {
  const out: Record<string, unknown> = {};
  for (const request of requests) {
    const field = resource.fields[request.name];
    if (!field) continue;
    if (field.kind === 'scalar') out[request.name] = field.get(record, ctx);
    else if (field.kind === 'unmodelled') out[request.name] = field.empty;
    else {
      const value = field.get(record, ctx);
      const inner = field.resource();
      // Inside a nested object, a nested field comes back with its own defaults.
      const innerRequests = (request.subFields ?? inner.defaults).map((name) => ({ name, subFields: null }));
      out[request.name] =
        value === null
          ? null
          : Array.isArray(value)
            ? value.map((item) => renderOne(inner, item as never, innerRequests, ctx))
            : renderOne(inner, value as never, innerRequests, ctx);
    }
  }
  return out;
}

export function render<T>(
  resource: Resource<T>,
  record: T,
  requests: FieldRequest[],
  ctx: RenderContext,
): Record<string, unknown> {
  return renderOne(resource as Resource<never>, record as never, requests, ctx);
}
