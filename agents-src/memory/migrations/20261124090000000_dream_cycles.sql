-- Up Migration
-- dreamworld's own bookkeeping: its cycles with their reports, which memories each consolidation
-- check has seen (so a cycle only looks at what changed since), and its importance-decay passes.
CREATE TABLE dream_cycles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trigger text NOT NULL CHECK (trigger IN ('idle', 'request')),
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  duration_ms integer,
  counts jsonb NOT NULL DEFAULT '{}',
  -- The change events the cycle published, capped by the service; counts stay exact.
  changes jsonb NOT NULL DEFAULT '[]',
  -- What a step left undone and why (pc2 unreachable, a scope busy), for the reader of the report.
  notes jsonb NOT NULL DEFAULT '[]',
  stopped_at_step text,
  error text,
  CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX dream_cycles_started_idx ON dream_cycles (started_at DESC);
-- One cycle at a time, whatever runs dreamworld.
CREATE UNIQUE INDEX dream_cycles_one_running_idx ON dream_cycles ((true)) WHERE status = 'running';

CREATE TABLE dream_memory_checks (
  memory_id uuid NOT NULL REFERENCES memories (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('duplicates', 'supersession')),
  -- The memory's text when it was checked: a changed text is checked again.
  fingerprint text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (memory_id, kind)
);

CREATE TABLE dream_decay_passes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  started_at timestamptz NOT NULL DEFAULT now(),
  -- Memories are decayed in id order; a pass that a cycle could not finish resumes after this id.
  last_memory_id uuid,
  finished_at timestamptz
);
CREATE INDEX dream_decay_passes_started_idx ON dream_decay_passes (started_at DESC);

-- Down Migration
DROP TABLE dream_decay_passes;
DROP TABLE dream_memory_checks;
DROP TABLE dream_cycles;
