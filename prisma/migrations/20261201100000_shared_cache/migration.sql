-- Cache tag revocations shared by every app instance (lib/cache/tag-store.cjs).
CREATE TABLE "next_cache_tag" (
    "tag" TEXT NOT NULL,
    "revoked_at" BIGINT NOT NULL,

    CONSTRAINT "next_cache_tag_pkey" PRIMARY KEY ("tag")
);
