import type { FieldMap } from '@pothos/core';
import type { Types } from './builder.ts';
import { uses } from './coverage.ts';
import { readsOf, type NodeRef } from './nodes.ts';
import { Recording } from './recording.ts';

/**
 * A recording type's header said once: our description, the `Recording` interface and the GET
 * that reads it (`uses`), which its node's loader names (`loadEach('GetMessage')`). `fields`
 * gives the rest, usually `...recordingFields(t, 'Message', {…})` and the links the family writes by hand.
 */
export function implementRecording<Shape extends object>(
  ref: NodeRef<Shape>,
  description: string,
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) => FieldMap,
): void {
  // Pothos cannot follow the generic shape through `implement`; `fields` is typed on it above.
  ref.implement({ description, interfaces: [Recording], extensions: uses(readsOf(ref)), fields } as never);
}
