import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

/**
 * Basecamp pages forward only (`Link: rel="next"`), so `before`/`last` could never succeed. The
 * Relay plugin adds all four connection arguments to every `t.connection`; this plugin removes the
 * backward pair, so the schema says only what works. `hasPreviousPage`/`startCursor` stay: Relay
 * clients read them, and they stay meaningful for forward pages.
 */
export class ForwardOnlyConnectionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const { before, last, ...args } = fieldConfig.args;
    // The four together are the Relay plugin's connection arguments; nothing else is touched.
    if (!before || !last || !args.first || !args.after) return fieldConfig;
    return { ...fieldConfig, args };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forwardOnlyConnections: ForwardOnlyConnectionsPlugin<Types>;
    }
  }
}

/** The plugin's name, for the builder's `plugins` list (as Pothos plugins export theirs). */
export const ForwardOnlyConnections = 'forwardOnlyConnections' as const;

SchemaBuilder.registerPlugin(ForwardOnlyConnections, ForwardOnlyConnectionsPlugin);
