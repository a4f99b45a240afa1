-- Up Migration
-- Who may talk to the assistant: users, and the device tokens they present at the edge. Only a
-- token's SHA-256 is stored; the token itself is shown once, when it is created.
CREATE TABLE users (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE device_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device text NOT NULL,
  token_sha256 bytea NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX device_tokens_user_idx ON device_tokens (user_id);

-- Every read is now scoped to a user, so rows written before there were users would be out of
-- everyone's reach: they belong to the stack's first user, `owner`.
UPDATE memories SET user_id = 'owner' WHERE user_id IS NULL;
UPDATE sessions SET user_id = 'owner' WHERE user_id IS NULL;

-- Down Migration
DROP TABLE device_tokens;
DROP TABLE users;
