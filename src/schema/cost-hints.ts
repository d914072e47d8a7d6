/**
 * What a link field costs, as GraphQL extensions read by the query price (`plugins/query-price.ts`).
 * A field that returns a Basecamp object and declares no operation of its own is priced as one
 * call per object (its type's loader) unless it says otherwise here.
 */

/** Basecamp embeds the whole object (a `creator`, `assignees`): answering it costs no call. */
export function embedded(): { basecampEmbedded: true } {
  return { basecampEmbedded: true };
}

/**
 * Basecamp embeds a stub (`bucket: { id, name }`): a selection of only these fields (and
 * `__typename`) is answered from it; anything more loads the object.
 */
export function stub(fields: Iterable<string>): { basecampStub: string[] } {
  return { basecampStub: [...fields] };
}
