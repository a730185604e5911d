-- Every change of a request's due date writes a new row version into each index of the table (the
-- date is indexed, so the update is never HOT): a calendar change moving 100,000 deadlines spent
-- most of its time there. These two are the leading column of a composite index that serves the
-- same lookups ("status", "dueDate") and ("unitId", "year", "sequence"), the unit's foreign key
-- included.
DROP INDEX "InformationRequest_status_idx";
DROP INDEX "InformationRequest_unitId_idx";
