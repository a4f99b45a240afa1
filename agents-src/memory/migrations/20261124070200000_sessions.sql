-- Up Migration
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id text,
  started_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('ended', 'expired')),
  turn_count integer NOT NULL DEFAULT 0,
  summary text,
  -- 'pending' is an outbox: the summary still has to reach the memory-orchestrator.
  summary_status text NOT NULL DEFAULT 'none' CHECK (summary_status IN ('none', 'pending', 'stored')),
  summary_memory_id uuid,
  CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);

CREATE INDEX sessions_user_activity_idx ON sessions (user_id, last_activity_at DESC);
CREATE INDEX sessions_idle_idx ON sessions (last_activity_at) WHERE ended_at IS NULL;
CREATE INDEX sessions_summary_pending_idx ON sessions (ended_at) WHERE summary_status = 'pending';

CREATE TABLE turns (
  session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  role text NOT NULL CHECK (role IN ('user', 'assistant', 'system', 'tool')),
  content text NOT NULL,
  metadata jsonb NOT NULL DEFAULT '{}',
  token_estimate integer NOT NULL CHECK (token_estimate >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, seq)
);

-- Down Migration
DROP TABLE turns;
DROP TABLE sessions;
