import type { RequestContext } from '../context.ts';
import { badRequest, forbidden, unprocessable } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { del, get, put, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderAccount } from '../shapes/personal.ts';
import { personalOf } from '../state/personal.ts';

/** The account itself (docs: account.md). Account-wide, so no legacy bucket forms. */
export const account: Section = {
  docs: 'account',
  routes: withoutLegacyForm([
    get('/account.json', getAccount),
    put('/account/name.json', renameAccount),
    put('/account/logo.json', uploadLogo),
    del('/account/logo.json', removeLogo),
  ]),
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

/** Logos above this are refused (docs: account.md, "Update account logo"). */
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/**
 * A multipart upload with a `logo` part (the content-type gate lets this one route through
 * unparsed). The sandbox keeps no bytes: it checks the envelope — multipart with a boundary, a
 * body, at most 5 MB — and records that a logo is set.
 */
function uploadLogo(ctx: RequestContext): Reply {
  if (!ctx.me.owner && !ctx.me.admin) throw forbidden();
  const contentType = String(ctx.headers['content-type'] ?? '');
  if (!/^multipart\/form-data;.*boundary=/i.test(contentType)) throw unprocessable('Logo must be attached as a multipart file upload');
  const size = Number(ctx.headers['content-length'] ?? 0);
  if (!(size > 0)) throw unprocessable('Logo must be attached');
  if (size > MAX_LOGO_BYTES) throw unprocessable('Logo must be smaller than 5 MB');
  const now = ctx.now();
  personalOf(ctx.state).account.logo = { filename: 'logo', updatedAt: now };
  ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
  return noContent();
}

function removeLogo(ctx: RequestContext): Reply {
  if (!ctx.me.owner && !ctx.me.admin) throw forbidden();
  const extras = personalOf(ctx.state).account;
  if (extras.logo) extras.logo = null;
  ctx.state.account.updatedAt = Math.max(ctx.now(), ctx.state.account.updatedAt);
  return noContent();
}
