import { fetchRateLimit, type RateLimitRecord } from '../resolvers/rate-limit.ts';
import { builder } from './builder.ts';

/** The caller's share of Basecamp's rate limit, like GitHub's `rateLimit` (read without spending). */
const RateLimit = builder.objectRef<RateLimitRecord>('RateLimit').implement({
  description:
    'Your room under Basecamp\'s rate limit. Every call this gateway makes to Basecamp for you spends one unit of a budget your account shares with everyone on it (and one of your token\'s own). Every response also carries it in `extensions.cost.budget`, read once the whole operation is done, so it also counts calls made after this field was read.',
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'Calls to Basecamp allowed per window (Basecamp\'s is 50 per 10 seconds).' }),
    remaining: t.exposeInt('remaining', {
      description: 'Calls that could start right now without waiting: the tighter of your account\'s and your token\'s room.',
    }),
    resetAt: t.expose('resetAt', {
      type: 'DateTime',
      description: 'When the whole budget is back if nothing more is sent: the last counted call has then left the window. Now, when nothing is counted.',
    }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimit,
    description: 'Your account\'s rate-limit budget as it stands after the calls made so far. Asking costs no call to Basecamp.',
    resolve: (_root, _args, ctx) => fetchRateLimit(ctx),
  }),
);
