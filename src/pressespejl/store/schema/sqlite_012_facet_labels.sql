-- Pressespejl archive, SQLite backend, schema version 12: facet labels in a small table.
--
-- The tantivy index counts facets by folded key ("lars løkke rasmussen"); the page shows
-- a stored spelling of each key, the smallest ("Lars Løkke Rasmussen"). Three (key,
-- spelling) indexes over every row served that look-up and the `stats` counts: quotes by
-- speaker 307 bytes per article on the 20,000 bench articles, places 108, sources 31 -
-- for 9,104 speakers, a few hundred places and a handful of sources. This table holds
-- each (facet, key, spelling) once, with the number of rows that have it, kept exact by
-- triggers (a row inserted, deleted - also by ON DELETE CASCADE - or changed), so the
-- smallest spelling and the number of keys read the same as before at a few bytes per
-- article. PostgreSQL keeps its indexes: its SQL filters and facets use them.

CREATE TABLE facet_labels (
    facet TEXT NOT NULL,     -- 'speaker', 'place', 'source'
    key   TEXT NOT NULL,     -- search.danish.name_key of the label
    label TEXT NOT NULL,     -- a stored spelling
    rows  INTEGER NOT NULL,  -- rows of quotes / places / article_sources with it
    PRIMARY KEY (facet, key, label)
) WITHOUT ROWID;

INSERT INTO facet_labels (facet, key, label, rows)
    SELECT 'speaker', speaker_key, speaker, count(*) FROM quotes
    WHERE speaker_key IS NOT NULL AND speaker IS NOT NULL GROUP BY speaker_key, speaker;
INSERT INTO facet_labels (facet, key, label, rows)
    SELECT 'place', name_key, name, count(*) FROM places GROUP BY name_key, name;
INSERT INTO facet_labels (facet, key, label, rows)
    SELECT 'source', source_key, source, count(*) FROM article_sources
    GROUP BY source_key, source;

CREATE TRIGGER facet_labels_quote_added AFTER INSERT ON quotes
WHEN new.speaker_key IS NOT NULL AND new.speaker IS NOT NULL BEGIN
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('speaker', new.speaker_key, new.speaker, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;
CREATE TRIGGER facet_labels_quote_removed AFTER DELETE ON quotes
WHEN old.speaker_key IS NOT NULL AND old.speaker IS NOT NULL BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'speaker' AND key = old.speaker_key AND label = old.speaker;
    DELETE FROM facet_labels
        WHERE facet = 'speaker' AND key = old.speaker_key AND label = old.speaker
        AND rows <= 0;
END;
CREATE TRIGGER facet_labels_quote_changed_from AFTER UPDATE OF speaker, speaker_key ON quotes
WHEN old.speaker_key IS NOT NULL AND old.speaker IS NOT NULL BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'speaker' AND key = old.speaker_key AND label = old.speaker;
    DELETE FROM facet_labels
        WHERE facet = 'speaker' AND key = old.speaker_key AND label = old.speaker
        AND rows <= 0;
END;
CREATE TRIGGER facet_labels_quote_changed_to AFTER UPDATE OF speaker, speaker_key ON quotes
WHEN new.speaker_key IS NOT NULL AND new.speaker IS NOT NULL BEGIN
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('speaker', new.speaker_key, new.speaker, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;

CREATE TRIGGER facet_labels_place_added AFTER INSERT ON places BEGIN
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('place', new.name_key, new.name, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;
CREATE TRIGGER facet_labels_place_removed AFTER DELETE ON places BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'place' AND key = old.name_key AND label = old.name;
    DELETE FROM facet_labels
        WHERE facet = 'place' AND key = old.name_key AND label = old.name AND rows <= 0;
END;
CREATE TRIGGER facet_labels_place_changed AFTER UPDATE OF name, name_key ON places BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'place' AND key = old.name_key AND label = old.name;
    DELETE FROM facet_labels
        WHERE facet = 'place' AND key = old.name_key AND label = old.name AND rows <= 0;
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('place', new.name_key, new.name, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;

CREATE TRIGGER facet_labels_source_added AFTER INSERT ON article_sources BEGIN
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('source', new.source_key, new.source, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;
CREATE TRIGGER facet_labels_source_removed AFTER DELETE ON article_sources BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'source' AND key = old.source_key AND label = old.source;
    DELETE FROM facet_labels
        WHERE facet = 'source' AND key = old.source_key AND label = old.source
        AND rows <= 0;
END;
CREATE TRIGGER facet_labels_source_changed AFTER UPDATE OF source, source_key
ON article_sources BEGIN
    UPDATE facet_labels SET rows = rows - 1
        WHERE facet = 'source' AND key = old.source_key AND label = old.source;
    DELETE FROM facet_labels
        WHERE facet = 'source' AND key = old.source_key AND label = old.source
        AND rows <= 0;
    INSERT INTO facet_labels (facet, key, label, rows)
        VALUES ('source', new.source_key, new.source, 1)
        ON CONFLICT (facet, key, label) DO UPDATE SET rows = rows + 1;
END;

DROP INDEX IF EXISTS quotes_speaker_key_idx;
DROP INDEX IF EXISTS places_key_idx;
DROP INDEX IF EXISTS article_sources_key_idx;
