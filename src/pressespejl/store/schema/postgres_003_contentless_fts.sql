-- Pressespejl archive, PostgreSQL backend, schema version 3 (kept in step with SQLite's,
-- whose version 3 makes its full-text tables contentless; PostgreSQL's tsvector column
-- never held a second copy of the text).
-- Trend and facet queries read only the date of each matching article; with this index
-- they can be answered by an index-only scan instead of reading the article rows.
CREATE INDEX articles_num_dates_idx ON articles (num) INCLUDE (date_first, date_last, precision);
