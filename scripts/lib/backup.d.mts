export declare const BACKUP_FORMAT: 1;
export declare const COUNTED_TABLES: readonly string[];

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: "postgres" | "pglite";
  dump: "database.pgdump" | "database.tar.gz";
  counts: Record<string, number>;
  files: { key: string; size: number; sha256: string }[];
};

export declare function createBackup(options: { databaseUrl?: string; uploadDir: string; outDir: string; now?: Date }): Promise<BackupManifest>;
export declare function restoreBackup(options: { fromDir: string; databaseUrl?: string; uploadDir: string }): Promise<{ manifest: BackupManifest; counts: Record<string, number> }>;
