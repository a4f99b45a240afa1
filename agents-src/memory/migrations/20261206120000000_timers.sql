-- Up Migration
-- Timers ("set a timer for 5 minutes") and reminders ("remind me to call mom at 5 pm"), kept by
-- the timekeeper. Every row belongs to one user; nothing is read across users.
CREATE TABLE timers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id text NOT NULL CHECK (user_id <> ''),
  kind text NOT NULL CHECK (kind IN ('timer', 'reminder')),
  -- A timer's optional name ("pasta"); a reminder's task ("call mom").
  label text,
  -- A timer's full length, said back in "your 5 minute timer".
  duration_ms bigint CHECK (duration_ms > 0),
  due_at timestamptz NOT NULL,
  -- While paused the clock stops: what was left is kept here and due_at is set again on resume.
  remaining_ms bigint CHECK (remaining_ms >= 0),
  state text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'paused', 'fired', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  fired_at timestamptz,
  -- Set once a device has spoken it; a fired timer without it is told at the user's next turn.
  announced_at timestamptz,
  CHECK ((state = 'paused') = (remaining_ms IS NOT NULL)),
  CHECK ((state = 'fired') = (fired_at IS NOT NULL))
);

CREATE INDEX timers_due_idx ON timers (due_at) WHERE state = 'running';
CREATE INDEX timers_user_active_idx ON timers (user_id, due_at) WHERE state IN ('running', 'paused');
CREATE INDEX timers_user_unannounced_idx ON timers (user_id, fired_at) WHERE state = 'fired' AND announced_at IS NULL;

-- Down Migration
DROP TABLE timers;
