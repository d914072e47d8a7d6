import { avatarKey, parseSignedGlobalId } from '../urls.ts';
import type { ShapeContext } from './shape-context.ts';

const ATTACHMENT = /<bc-attachment\b([^>]*)>[\s\S]*?<\/bc-attachment>|<bc-attachment\b([^>]*)\/>/g;
const SGID = /\bsgid="([^"]+)"/;

/**
 * Rich text as the API returns it: a `<bc-attachment sgid>` naming a person becomes an expanded
 * mention with avatar and first name (docs: rich_text.md, "Inserting a mention"). State keeps the
 * submitted form, because the avatar URL depends on the origin the sandbox answers on.
 */
export function renderRichText(ctx: ShapeContext, html: string): string {
  return html.replace(ATTACHMENT, (whole: string, open?: string, selfClosing?: string) => {
    const sgid = SGID.exec(open ?? selfClosing ?? '')?.[1];
    const target = sgid === undefined ? undefined : parseSignedGlobalId(sgid);
    const person = target?.kind === 'Person' ? ctx.state.people.get(target.id) : undefined;
    if (!sgid || !person) return whole;
    const avatar = `${ctx.urls.api}/people/${avatarKey(person.id)}/avatar`;
    const firstName = escapeHtml(person.name.split(' ')[0] ?? person.name);
    return (
      `<bc-attachment sgid="${sgid}" content-type="application/vnd.basecamp.mention">` +
      `<figure><img src="${avatar}" class="avatar" width="20" height="20" alt="${escapeHtml(person.name)}">` +
      `<figcaption>${firstName}</figcaption></figure></bc-attachment>`
    );
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
