-- Up Migration
-- Reminders that come back ("remind me to take my pills every day at 8"): the rule, and the time
-- zone its wall-clock time is kept in, so that 8 PM stays 8 PM across a change of clocks. Only the
-- next occurrence is a row; when it fires, the timekeeper adds the one after it in the same
-- statement, so cancelling the pending one ends the series.
ALTER TABLE timers
  ADD COLUMN repeat text CHECK (repeat IN ('P1D', 'P2D', 'P1W', 'P2W', 'P1M', 'P1Y', 'weekdays') OR repeat ~ '^PT([1-9]|1[0-9]|2[0-3])H$'),
  ADD COLUMN time_zone text,
  -- The series' first occurrence, which every later one is counted from: a monthly one set for the
  -- 31st comes back on the 31st after February's 28th, not on the 28th ever after.
  ADD COLUMN repeat_from timestamptz,
  ADD CONSTRAINT timers_repeat_is_a_reminders CHECK (repeat IS NULL OR (kind = 'reminder' AND time_zone IS NOT NULL AND repeat_from IS NOT NULL));

-- The first occurrence of `rule` after `after`, counted from `due` (`due` itself when it is after
-- `after` and, for weekdays, on one): days, weeks, months and years on the wall clock of `zone` (a day
-- is 23 or 25 hours when the clocks change), weekdays skipping Saturday and Sunday, hours as elapsed
-- time. Each is `due` plus a whole number of steps, so a month's end is not lost to a short month.
CREATE FUNCTION timer_next_due(due timestamptz, rule text, zone text, after timestamptz) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
  wall timestamp := due AT TIME ZONE zone;
  step interval := CASE WHEN rule = 'weekdays' THEN interval '1 day' ELSE rule::interval END;
  upcoming timestamptz := due;
  steps int := 0;
BEGIN
  IF rule LIKE 'PT%' THEN
    IF due > after THEN
      RETURN due;
    END IF;
    RETURN due + step * (floor(extract(epoch FROM after - due) / extract(epoch FROM step)) + 1);
  END IF;
  -- A weekday rule's own first day may be a weekend one ("every weekday at 7" said on a Saturday).
  WHILE upcoming <= after OR (rule = 'weekdays' AND extract(isodow FROM wall) > 5) LOOP
    steps := steps + 1;
    upcoming := ((due AT TIME ZONE zone) + step * steps) AT TIME ZONE zone;
    wall := upcoming AT TIME ZONE zone;
  END LOOP;
  RETURN upcoming;
END
$$;

-- Down Migration
DROP FUNCTION timer_next_due(timestamptz, text, text, timestamptz);
ALTER TABLE timers DROP CONSTRAINT timers_repeat_is_a_reminders, DROP COLUMN repeat_from, DROP COLUMN time_zone, DROP COLUMN repeat;
