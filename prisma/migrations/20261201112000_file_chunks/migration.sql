-- Uploaded files stored in the database (PostgreSQL servers; lib/server/storage-database.ts).
CREATE TABLE "file_chunk" (
    "key" TEXT NOT NULL,
    "idx" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "file_chunk_pkey" PRIMARY KEY ("key","idx")
);
