-- submission_sheet.headers: for a seizure sheet, the header of each field the sheet has, as the sender wrote
-- it (field key -> header text, e.g. 'commodity' -> 'Description des marchandises'). A message about a stored
-- line written after the ingest (reclassify's COMMODITY_HS_CONFLICT warnings) names the column with it, as
-- the ingest did. Null for cover and ignored sheets and for sheets loaded before this column existed.
alter table submission_sheet add column headers map(varchar, varchar);
