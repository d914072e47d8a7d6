import type * as Wire from '../client/wire-types.ts';

/** What the current person wrote but has not published yet. */

/** The dock tool type a draft of each kind is filed under. */
export function draftParentType(draft: Wire.Draft): string | undefined {
  return ({ message: 'Message::Board', document: 'Vault', upload: 'Vault' } as Record<string, string>)[draft.type];
}
