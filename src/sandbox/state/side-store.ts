import type { StateCore } from './records.ts';

/**
 * A family's own part of the sandbox state, kept beside the shared core so the core does not grow
 * a field per family. `create` builds it empty the first time a state asks for it.
 */
export function sideStore<T>(create: () => T): (state: StateCore) => T {
  const stores = new WeakMap<StateCore, T>();
  return (state) => {
    let store = stores.get(state);
    if (!store) {
      store = create();
      stores.set(state, store);
    }
    return store;
  };
}
