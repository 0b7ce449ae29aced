-- Tickets open at the end of each period, per channel: created on or before its last day and
-- not solved by then. A running sum of (created − solved) per day, read at each period's end.
-- A period whose last day lies beyond the export gets no row (its backlog is not known yet).
WITH scoped AS (
  SELECT channel AS scope, created_day, solved_day FROM tickets
  UNION ALL
  SELECT 'all' AS scope, created_day, solved_day FROM tickets
),
days AS (
  SELECT DISTINCT day FROM calendar
),
scopes AS (
  SELECT DISTINCT scope FROM scoped
),
opened AS (
  SELECT scope, created_day AS day, COUNT(*) AS n FROM scoped GROUP BY scope, created_day
),
closed AS (
  SELECT scope, solved_day AS day, COUNT(*) AS n
  FROM scoped
  WHERE solved_day IS NOT NULL
  GROUP BY scope, solved_day
),
daily AS (
  SELECT s.scope, d.day, COALESCE(o.n, 0) - COALESCE(c.n, 0) AS net
  FROM scopes s
  CROSS JOIN days d
  LEFT JOIN opened o ON o.scope = s.scope AND o.day = d.day
  LEFT JOIN closed c ON c.scope = s.scope AND c.day = d.day
),
running AS (
  SELECT
    scope,
    day,
    SUM(net) OVER (PARTITION BY scope ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS open_at_end
  FROM daily
),
ends AS (
  SELECT DISTINCT kind, period, end_day FROM calendar
)
SELECT e.kind, e.period, r.scope, r.open_at_end AS backlog
FROM ends e
JOIN running r ON r.day = e.end_day
ORDER BY e.kind, e.period, r.scope
