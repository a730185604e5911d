-- The case log and the catalogue log are append-only: UPDATE and DELETE are refused row by row, and
-- TRUNCATE (which fires no row trigger) by a statement trigger. The DipEvent row trigger covered
-- UPDATE only; it now refuses DELETE as well.
DROP TRIGGER IF EXISTS "DipEvent_append_only" ON "DipEvent";
CREATE TRIGGER "DipEvent_append_only" BEFORE UPDATE OR DELETE ON "DipEvent"
  FOR EACH ROW EXECUTE FUNCTION "ppid_append_only"();
CREATE TRIGGER "CaseEvent_no_truncate" BEFORE TRUNCATE ON "CaseEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "ppid_append_only"();
CREATE TRIGGER "DipEvent_no_truncate" BEFORE TRUNCATE ON "DipEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "ppid_append_only"();
