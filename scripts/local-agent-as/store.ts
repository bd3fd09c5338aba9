// In-memory storage for oidc-provider's models. Our own instead of the bundled MemoryAdapter because
// the grant endpoints must list a customer's grants and the JWT introspection must read raw payloads.
export type StoredPayload = Record<string, unknown> & { grantId?: string; accountId?: string; clientId?: string; exp?: number; uid?: string; userCode?: string; consumed?: number };

type Entry = { payload: StoredPayload; expiresAt: number };

export class AgentStore {
  private readonly entries = new Map<string, Entry>();

  private static key(model: string, id: string): string {
    return `${model}:${id}`;
  }

  get(model: string, id: string): StoredPayload | undefined {
    const key = AgentStore.key(model, id);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(model: string, id: string, payload: StoredPayload, expiresIn?: number): void {
    // A token's own exp wins: a dev token minted already expired is stored as expired.
    const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
    this.entries.set(AgentStore.key(model, id), { payload, expiresAt });
  }

  delete(model: string, id: string): void {
    this.entries.delete(AgentStore.key(model, id));
  }

  /** Live payloads of one model, with their ids. */
  list(model: string): { id: string; payload: StoredPayload }[] {
    const prefix = `${model}:`;
    const now = Date.now();
    return [...this.entries]
      .filter(([key, entry]) => key.startsWith(prefix) && entry.expiresAt > now)
      .map(([key, entry]) => ({ id: key.slice(prefix.length), payload: entry.payload }));
  }

  /** Removes every artifact (tokens, codes) issued under a grant. */
  revokeByGrantId(grantId: string): void {
    for (const [key, entry] of this.entries) if (entry.payload.grantId === grantId) this.entries.delete(key);
  }

  /** The adapter class oidc-provider instantiates per model (`new Adapter(name)`). */
  adapter() {
    return adapterClass(this);
  }
}

function adapterClass(store: AgentStore) {
  return class {
      constructor(private readonly model: string) {}
      async upsert(id: string, payload: StoredPayload, expiresIn?: number) {
        store.set(this.model, id, payload, expiresIn);
      }
      async find(id: string) {
        return store.get(this.model, id);
      }
      async findByUid(uid: string) {
        return store.list(this.model).find((e) => e.payload.uid === uid)?.payload;
      }
      async findByUserCode(userCode: string) {
        return store.list(this.model).find((e) => e.payload.userCode === userCode)?.payload;
      }
      async consume(id: string) {
        const payload = store.get(this.model, id);
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      }
      async destroy(id: string) {
        store.delete(this.model, id);
      }
      async revokeByGrantId(grantId: string) {
        store.revokeByGrantId(grantId);
      }
  };
}
