-- PostgreSQL's twin of db/migration/V6. A PostgreSQL database never held the site's private keys (they live in an
-- owner-only file on the machine, store.KeyFile); the columns are emptied all the same, so the two schemas stay one.
UPDATE site SET signing_private = NULL, agreement_private = NULL;
