-- The site's private keys leave the database for an owner-only file beside it (store.KeyFile, written from these
-- columns just before this migration runs), so that no copy of the database holds them. secure_delete has SQLite
-- overwrite the freed bytes instead of leaving them in the file's free space.
PRAGMA secure_delete = ON;
UPDATE site SET signing_private = NULL, agreement_private = NULL;
