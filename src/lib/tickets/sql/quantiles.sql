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
    COUNT(*) OVER (PARTITION BY kind, period, scope, measure) AS n,
    AVG(x) OVER (PARTITION BY kind, period, scope, measure) AS mean
  FROM scoped
),
positioned AS (
  -- 0-based offsets of the two percentiles in the sorted values
  SELECT
    kind,
    period,
    scope,
    measure,
    x,
    rn,
    n,
    mean,
    CAST(n - 1 AS DOUBLE) * 0.5 AS o50,
    CAST(n - 1 AS DOUBLE) * 0.9 AS o90
  FROM ranked
),
picked AS (
  -- only the (up to four) values the percentiles interpolate between
  SELECT kind, period, scope, measure, x, rn, n, mean, o50, o90
  FROM positioned
  WHERE rn = FLOOR(o50) + 1 OR rn = CEIL(o50) + 1 OR rn = FLOOR(o90) + 1 OR rn = CEIL(o90) + 1
)
SELECT
  kind,
  period,
  scope,
  measure,
  MAX(n) AS n,
  MAX(CASE WHEN rn = FLOOR(o50) + 1 THEN x END)
    + (MAX(CASE WHEN rn = CEIL(o50) + 1 THEN x END) - MAX(CASE WHEN rn = FLOOR(o50) + 1 THEN x END))
    * (MAX(o50) - FLOOR(MAX(o50))) AS median,
  MAX(CASE WHEN rn = FLOOR(o90) + 1 THEN x END)
    + (MAX(CASE WHEN rn = CEIL(o90) + 1 THEN x END) - MAX(CASE WHEN rn = FLOOR(o90) + 1 THEN x END))
    * (MAX(o90) - FLOOR(MAX(o90))) AS p90,
  MAX(mean) AS mean
FROM picked
GROUP BY kind, period, scope, measure
ORDER BY kind, period, scope, measure
