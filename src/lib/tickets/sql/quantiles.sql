-- Median and 90th percentile of first reply and full resolution times, per period and channel.
-- Percentiles are continuous (as percentile_cont): position 1 + q * (n - 1) in the sorted values,
-- interpolated between its neighbours, written with window functions every engine shares.
-- First reply counts in the period the ticket was created; resolution in the period it was solved.
WITH measures AS (
  SELECT c.kind, c.period, t.channel, 'first_reply' AS measure, t.first_reply_minutes AS x
  FROM tickets t JOIN calendar c ON c.day = t.created_day
  WHERE t.first_reply_minutes IS NOT NULL
  UNION ALL
  SELECT c.kind, c.period, t.channel, 'first_reply_business' AS measure, t.first_reply_business_minutes AS x
  FROM tickets t JOIN calendar c ON c.day = t.created_day
  WHERE t.first_reply_business_minutes IS NOT NULL
  UNION ALL
  SELECT c.kind, c.period, t.channel, 'resolution' AS measure, t.full_resolution_minutes AS x
  FROM tickets t JOIN calendar c ON c.day = t.solved_day
  WHERE t.full_resolution_minutes IS NOT NULL
  UNION ALL
  SELECT c.kind, c.period, t.channel, 'resolution_business' AS measure, t.full_resolution_business_minutes AS x
  FROM tickets t JOIN calendar c ON c.day = t.solved_day
  WHERE t.full_resolution_business_minutes IS NOT NULL
),
scoped AS (
  SELECT kind, period, channel AS scope, measure, x FROM measures
  UNION ALL
  SELECT kind, period, 'all' AS scope, measure, x FROM measures
),
ranked AS (
  SELECT
    kind,
    period,
    scope,
    measure,
    x,
    ROW_NUMBER() OVER (PARTITION BY kind, period, scope, measure ORDER BY x) AS rn,
    COUNT(*) OVER (PARTITION BY kind, period, scope, measure) AS n
  FROM scoped
),
positioned AS (
  SELECT
    kind,
    period,
    scope,
    measure,
    x,
    rn,
    n,
    1 + 0.5 * (n - 1) AS p50,
    1 + 0.9 * (n - 1) AS p90
  FROM ranked
)
SELECT
  kind,
  period,
  scope,
  measure,
  MAX(n) AS n,
  MAX(CASE WHEN rn = FLOOR(p50) THEN x END)
    + (MAX(CASE WHEN rn = CEIL(p50) THEN x END) - MAX(CASE WHEN rn = FLOOR(p50) THEN x END))
    * (MAX(p50) - FLOOR(MAX(p50))) AS median,
  MAX(CASE WHEN rn = FLOOR(p90) THEN x END)
    + (MAX(CASE WHEN rn = CEIL(p90) THEN x END) - MAX(CASE WHEN rn = FLOOR(p90) THEN x END))
    * (MAX(p90) - FLOOR(MAX(p90))) AS p90,
  AVG(x) AS mean
FROM positioned
GROUP BY kind, period, scope, measure
ORDER BY kind, period, scope, measure
