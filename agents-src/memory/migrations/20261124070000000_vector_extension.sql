-- Up Migration
-- Creating an untrusted extension needs a superuser; where the deployer already created it (Pulumi
-- does, as the database owner cannot) this is a no-op that the migration role may run.
CREATE EXTENSION IF NOT EXISTS vector;

-- Down Migration
DROP EXTENSION IF EXISTS vector;
