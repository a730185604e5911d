export type TagStore = {
  kind: "memory" | "postgres";
  revoke(tags: string[], at?: number): Promise<void>;
  latest(tags: string[]): number;
  ready(): Promise<void>;
  refresh?: () => Promise<void>;
  close(): Promise<void>;
};
export function getTagStore(): TagStore;
export function createMemoryStore(): TagStore;
export function createPostgresStore(url: string): TagStore;
