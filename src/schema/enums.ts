import { builder } from './builder.ts';

/** A value Basecamp sends, alone or with our description of it. */
type Value = string | readonly [value: string, description: string];

type ValueOf<V extends Value> = V extends readonly [infer Sent, string] ? Sent : V;

/**
 * A GraphQL enum over the strings Basecamp sends, each name with its string and, where it needs
 * saying, our description: `enumOf('CardDueFilter', 'Narrows …', { WITH: ['with', 'Only cards with a due date.'] })`.
 */
export function enumOf<const Values extends Record<string, Value>>(name: string, description: string, values: Values) {
  const config = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? { value } : { value: value[0], description: value[1] }]),
  ) as { [K in keyof Values]: { value: ValueOf<Values[K]>; description?: string } };
  return builder.enumType(name, { description, values: config });
}
