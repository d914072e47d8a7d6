import type { RequestContext } from '../context.ts';
import { badRequest, forbidden, unprocessable } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { del, get, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderAccount } from '../shapes/personal.ts';
import { personalOf } from '../state/personal.ts';

/** The account itself (docs: account.md). Account-wide, so no legacy bucket forms. */
export const account: Section = {
  docs: 'account',
  routes: [
    get('/account.json', getAccount, { legacy: false }),
    put('/account/name.json', renameAccount, { legacy: false }),
    put('/account/logo.json', uploadLogo, { legacy: false }),
    del('/account/logo.json', removeLogo, { legacy: false }),
  ],
};

function getAccount(ctx: RequestContext): Reply {
  return ok(renderAccount(ctx));
}

/** Owners only; a blank name is a 400, not a 422 (docs: account.md, "Update account name"). */
function renameAccount(ctx: RequestContext): Reply {
  if (!ctx.me.owner) throw forbidden();
  const name = ctx.body.name;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest("Name can't be blank");
  ctx.state.account.name = name.trim();
  ctx.state.account.updatedAt = Math.max(ctx.now(), ctx.state.account.updatedAt);
  return ok(renderAccount(ctx));
}

/**
 * Basecamp takes the logo as a multipart upload; this sandbox speaks JSON only (its content-type
 * gate answers 415 to multipart), so a JSON body names the file instead: `{ "logo": "mark.png" }`.
 * The format rule is the documented one.
 */
function uploadLogo(ctx: RequestContext): Reply {
  if (!ctx.me.owner && !ctx.me.admin) throw forbidden();
  const logo = ctx.body.logo;
  if (typeof logo !== 'string' || logo.trim() === '') throw unprocessable('Logo must be attached');
  if (!/\.(png|jpe?g|gif|webp|avif|heic)$/i.test(logo)) throw unprocessable('Logo must be a PNG, JPEG, GIF, WebP, AVIF or HEIC image');
  personalOf(ctx.state).account.logo = { filename: logo.trim(), updatedAt: ctx.now() };
  return noContent();
}

function removeLogo(ctx: RequestContext): Reply {
  if (!ctx.me.owner && !ctx.me.admin) throw forbidden();
  const extras = personalOf(ctx.state).account;
  if (extras.logo) extras.logo = null;
  ctx.state.account.updatedAt = Math.max(ctx.now(), ctx.state.account.updatedAt);
  return noContent();
}
