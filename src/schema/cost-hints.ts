/**
 * What a field costs beyond its `uses(...)`, as GraphQL extensions read by the query price
 * (`plugins/query-price.ts`). A field that returns a Basecamp object and declares no operation of
 * its own is priced as one call per object (its type's loader) unless it says otherwise here. A
 * field over a paginated operation (the operation table's `PAGE_SIZES`) is a connection, priced
 * by the pages its `first` needs, or says here how much of the collection it reads.
 */

/**
 * Basecamp embeds the whole object (a `creator`, `assignees`), or a write answered it (a payload's
 * `todo`): answering it costs no call.
 */
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

/**
 * The field reads at most this many pages of its paginated operation (a new item's edge in a
 * list that adds at the bottom): priced as that many calls.
 */
export function pagesRead(pages: number): { basecampPages: number } {
  return { basecampPages: pages };
}

/**
 * The field reads the first page of its paginated operation (a short list, a filtered lookup, a
 * new item's edge): priced as that one call. Any other field over a paginated operation is a
 * connection, priced by its `first`.
 */
export function firstPage(): { basecampFirstPage: true } {
  return { basecampFirstPage: true };
}

/**
 * A payload field that also reads, ahead of the write, the object it is found from (where a
 * trashed recording sat, which is not found once it is gone): one call more than its own load,
 * spent only when the field is selected.
 */
export function readsAhead(): { basecampReadsAhead: true } {
  return { basecampReadsAhead: true };
}
