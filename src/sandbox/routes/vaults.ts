import { findRecording, isVisibleTo } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addVault } from '../factories/files.ts';
import { touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import { created, ok, type Reply } from '../reply.ts';
import { resource, type Handler } from '../router.ts';
import type { Section } from '../section.ts';
import { show, type Render } from './show.ts';
import { renderVault } from '../shapes/files.ts';
import type { Recording, RecordingType } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import { optionalBoolean, optionalIds, optionalText, requiredText } from '../validation.ts';

/** Vaults: the Docs & Files tool and the folders nested in it (docs: vaults.md). */
export const vaults: Section = {
  docs: 'vaults',
  routes: resource('/vaults/:vaultId/vaults.json', '/vaults/:vaultId.json', {
    list: listVaultItems<ToolRecording>('Vault', renderVault), create: createVault, show: show('vaultId', findVault, renderVault), update: updateVault,
  }),
};

/** A vault the caller can see; 404 for anything else (missing, trashed, another type). */
export function findVault(ctx: RequestContext, id: string): ToolRecording {
  return findRecording(ctx, id, ['Vault']);
}

/** The GET of a vault's items of one type (documents, uploads, nested vaults), paginated under the vault. */
export function listVaultItems<T extends Recording>(type: T['type'], render: Render<T>): Handler {
  return (ctx) => {
    const vault = findVault(ctx, param(ctx, 'vaultId'));
    return paginate(ctx, vaultItems<T>(ctx, vault, type), (item) => render(ctx, item), { containerUpdatedAt: vault.updatedAt });
  };
}

/**
 * The items of one type directly in a vault, in position order, for the caller: active ones
 * unless `?status=archived|trashed` asks for those.
 */
function vaultItems<T extends Recording>(ctx: RequestContext, vault: ToolRecording, type: RecordingType): T[] {
  const status = statusFilter(ctx);
  const items: T[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.parentId === vault.id && recording.type === type && recording.status === status && isVisibleTo(ctx.me, recording)) {
      items.push(recording as T);
    }
  }
  return items.sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.createdAt - b.createdAt);
}

/** `subscriptions`: people in the account to subscribe (and notify); undefined when not sent. */
export function subscriptions(ctx: RequestContext): string[] | undefined {
  const ids = optionalIds(ctx.body, 'subscriptions');
  if (ids?.some((id) => !ctx.state.people.has(id))) throw unprocessable('Subscriptions include someone who is not in this account');
  return ids;
}

/** Who a new vault item is by, whether clients see it, and who follows it: every vault item's POST reads these alike. */
export function vaultItemPeople(ctx: RequestContext): { creatorId: string; visibleToClients: boolean | undefined; subscriberIds: string[] | undefined } {
  return {
    creatorId: ctx.me.id,
    visibleToClients: ctx.me.client || optionalBoolean(ctx.body, 'visible_to_clients'),
    subscriberIds: subscriptions(ctx),
  };
}

/** Rich text from a body key, "" when absent. */
export function richText(ctx: RequestContext, key: string): string {
  return optionalText(ctx.body, key) ?? '';
}

function createVault(ctx: RequestContext): Reply {
  const parent = findVault(ctx, param(ctx, 'vaultId'));
  const vault = addVault(ctx.state, parent, { title: requiredText(ctx.body, 'title'), creatorId: ctx.me.id }, ctx.now());
  return created(renderVault(ctx, vault));
}

/** Only the title is writable; a body without one changes nothing. */
function updateVault(ctx: RequestContext): Reply {
  const vault = findVault(ctx, param(ctx, 'vaultId'));
  if (ctx.body.title !== undefined) {
    vault.title = requiredText(ctx.body, 'title');
    touch(ctx.state, vault, ctx.now());
  }
  return ok(renderVault(ctx, vault));
}
