/**
 * A small record kept for the browser session in `storage.session`: in
 * memory, never on disk, gone when the browser closes, and out of content
 * scripts' reach (Chrome gives them no access to it unless an extension opts
 * in; we don't). The background keeps what must outlive a sleeping service
 * worker here: the sidebars' secrets and each tab's latest logged send.
 * Changes go through one queue, so two messages at once never lose a write.
 */

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SessionRecord<T> {
  read(): Promise<T>;
  /** Applies `change` to the current value and stores what it returns. */
  update<R>(change: (value: T) => { value: T; result: R }): Promise<R>;
}

/**
 * `key` in `area`, read through `parse` (which must turn anything, including
 * undefined or a value from an older build, into a valid T).
 */
export function sessionRecord<T>(
  area: SessionArea,
  key: string,
  parse: (raw: unknown) => T,
): SessionRecord<T> {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => parse((await area.get(key))[key]);
  return {
    read,
    update(change) {
      const next = queue.then(async () => {
        const { value, result } = change(await read());
        await area.set({ [key]: value });
        return result;
      });
      queue = next.catch(() => {});
      return next;
    },
  };
}

/** `storage.session` where the browser has it, else a plain in-memory stand-in. */
export function sessionArea(storage: { session?: SessionArea } | undefined): SessionArea {
  if (storage?.session) return storage.session;
  const memory = new Map<string, unknown>();
  return {
    get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) memory.set(k, v);
    },
  };
}
