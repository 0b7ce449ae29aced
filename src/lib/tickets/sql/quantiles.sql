-- Median and 90th percentile of first reply and full resolution times, per period and channel.
-- Percentiles are continuous (as percentile_cont): position 1 + q * (n - 1) in the sorted values,
-- interpolated between its neighbours, written with window functions every engine shares.
-- First reply counts in the period the ticket was created; resolution in the period it was solved.
-- The values are ranked within groups named by small integers (period, scope, measure): sorting
-- millions of rows by numbers is several times cheaper than by the texts they stand for.
WITH periods AS (
  SELECT kind, period, ROW_NUMBER() OVER (ORDER BY kind, period) AS pid
  FROM (SELECT DISTINCT kind, period FROM calendar) p
),
days AS (
  SELECT c.day, p.pid
  FROM calendar c JOIN periods p ON p.kind = c.kind AND p.period = c.period
),
scopes AS (
  SELECT channel AS scope, ROW_NUMBER() OVER (ORDER BY channel) AS sid
  FROM (SELECT DISTINCT channel FROM tickets) s
  UNION ALL
  SELECT 'all' AS scope, 0 AS sid
),
measures AS (
  SELECT d.pid, s.sid, 1 AS mid, t.first_reply_minutes AS x
  FROM tickets t JOIN days d ON d.day = t.created_day JOIN scopes s ON s.scope = t.channel
  WHERE t.first_reply_minutes IS NOT NULL
  UNION ALL
  SELECT d.pid, s.sid, 2 AS mid, t.first_reply_business_minutes AS x
  FROM tickets t JOIN days d ON d.day = t.created_day JOIN scopes s ON s.scope = t.channel
  WHERE t.first_reply_business_minutes IS NOT NULL
  UNION ALL
  SELECT d.pid, s.sid, 3 AS mid, t.full_resolution_minutes AS x
  FROM tickets t JOIN days d ON d.day = t.solved_day JOIN scopes s ON s.scope = t.channel
  WHERE t.full_resolution_minutes IS NOT NULL
  UNION ALL
  SELECT d.pid, s.sid, 4 AS mid, t.full_resolution_business_minutes AS x
  FROM tickets t JOIN days d ON d.day = t.solved_day JOIN scopes s ON s.scope = t.channel
  WHERE t.full_resolution_business_minutes IS NOT NULL
),
scoped AS (
  SELECT pid, sid, mid, x FROM measures
  UNION ALL
  SELECT pid, 0 AS sid, mid, x FROM measures
),
ranked AS (
  SELECT
    pid,
    sid,
    mid,
    x,
    ROW_NUMBER() OVER (PARTITION BY pid, sid, mid ORDER BY x) AS rn,
    COUNT(*) OVER (PARTITION BY pid, sid, mid) AS n,
    AVG(x) OVER (PARTITION BY pid, sid, mid) AS mean
  FROM scoped
),
positioned AS (
  -- 0-based offsets of the two percentiles in the sorted values
  SELECT pid, sid, mid, x, rn, n, mean,
    CAST(n - 1 AS DOUBLE) * 0.5 AS o50,
    CAST(n - 1 AS DOUBLE) * 0.9 AS o90
  FROM ranked
),
picked AS (
  -- only the (up to four) values the percentiles interpolate between
  SELECT pid, sid, mid, x, rn, n, mean, o50, o90
  FROM positioned
  WHERE rn = FLOOR(o50) + 1 OR rn = CEIL(o50) + 1 OR rn = FLOOR(o90) + 1 OR rn = CEIL(o90) + 1
),
figures AS (
  SELECT
    pid,
    sid,
    mid,
    MAX(n) AS n,
    MAX(CASE WHEN rn = FLOOR(o50) + 1 THEN x END)
      + (MAX(CASE WHEN rn = CEIL(o50) + 1 THEN x END) - MAX(CASE WHEN rn = FLOOR(o50) + 1 THEN x END))
      * (MAX(o50) - FLOOR(MAX(o50))) AS median,
    MAX(CASE WHEN rn = FLOOR(o90) + 1 THEN x END)
      + (MAX(CASE WHEN rn = CEIL(o90) + 1 THEN x END) - MAX(CASE WHEN rn = FLOOR(o90) + 1 THEN x END))
      * (MAX(o90) - FLOOR(MAX(o90))) AS p90,
    MAX(mean) AS mean
  FROM picked
  GROUP BY pid, sid, mid
)
SELECT
  p.kind,
  p.period,
  s.scope,
  CASE f.mid
    WHEN 1 THEN 'first_reply'
    WHEN 2 THEN 'first_reply_business'
    WHEN 3 THEN 'resolution'
    ELSE 'resolution_business'
  END AS measure,
  f.n,
  f.median,
  f.p90,
  f.mean
FROM figures f
JOIN periods p ON p.pid = f.pid
JOIN scopes s ON s.sid = f.sid
ORDER BY p.kind, p.period, s.scope, measure
