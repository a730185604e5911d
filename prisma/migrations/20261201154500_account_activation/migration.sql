-- Self-registered accounts wait for the activation link (null: active; existing accounts stay active).
ALTER TABLE "User" ADD COLUMN     "activationPendingSince" TIMESTAMP(3);
