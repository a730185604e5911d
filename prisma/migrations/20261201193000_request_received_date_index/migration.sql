-- The report, the dashboard and Statistik read the requests of a period by receipt date (and the
-- register's receipt-date filter): a yearly report at a million requests read the whole table.
CREATE INDEX "InformationRequest_receivedDate_idx" ON "InformationRequest"("receivedDate");
