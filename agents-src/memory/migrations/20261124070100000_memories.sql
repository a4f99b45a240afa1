-- Up Migration
CREATE TABLE memories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content text NOT NULL CHECK (content <> ''),
  type text NOT NULL,
  importance double precision NOT NULL DEFAULT 0.5 CHECK (importance BETWEEN 0 AND 1),
  tags text[] NOT NULL DEFAULT '{}',
  source text,
  session_id text,
  user_id text,
  -- A memory belongs to its user when it has one, else to its session: near-duplicates and
  -- contradictions are looked for within one scope only.
  scope text NOT NULL GENERATED ALWAYS AS (
    CASE WHEN user_id IS NOT NULL THEN 'user:' || user_id
         WHEN session_id IS NOT NULL THEN 'session:' || session_id
         ELSE 'global' END) STORED,
  -- Normalised-text hash and fact subject, computed by the service: they find near-duplicates and
  -- contradicting facts in the same scope with an index lookup instead of a text scan.
  fingerprint text NOT NULL,
  subject text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_accessed_at timestamptz,
  access_count integer NOT NULL DEFAULT 0,
  reinforcement_count integer NOT NULL DEFAULT 0,
  expires_at timestamptz,
  superseded_by uuid,
  deleted_at timestamptz,
  -- Dimensionless so that models of different sizes can coexist; each size gets its own partial
  -- HNSW index over a cast to that size.
  embedding vector,
  embedding_model text,
  embedding_dimension integer,
  search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
  CHECK ((embedding IS NULL) = (embedding_model IS NULL)),
  CHECK (embedding IS NULL OR vector_dims(embedding) = embedding_dimension)
);

CREATE INDEX memories_search_vector_idx ON memories USING gin (search_vector);
CREATE INDEX memories_tags_idx ON memories USING gin (tags);
-- 512 is the default model's size (pc2's Universal Sentence Encoder lite).
CREATE INDEX memories_embedding_512_idx ON memories
  USING hnsw ((embedding::vector(512)) vector_cosine_ops)
  WHERE embedding_dimension = 512;
CREATE INDEX memories_user_created_idx ON memories (user_id, created_at DESC);
CREATE INDEX memories_session_created_idx ON memories (session_id, created_at DESC) WHERE session_id IS NOT NULL;
CREATE INDEX memories_scope_fingerprint_idx ON memories (scope, fingerprint);
CREATE INDEX memories_scope_subject_idx ON memories (scope, subject) WHERE subject IS NOT NULL;
CREATE INDEX memories_expires_at_idx ON memories (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX memories_deleted_at_idx ON memories (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX memories_unembedded_idx ON memories (created_at, id) WHERE embedding IS NULL AND deleted_at IS NULL;

-- Down Migration
DROP TABLE memories;
