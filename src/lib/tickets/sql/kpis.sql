-- Ticket-flow counts and rates per period and channel ("all" = every channel).
-- Portable SQL: runs unchanged on DuckDB, Spark SQL and Trino over the normalised `tickets`
-- table, the `calendar` table (kind, period, day, end_day) and `params` (name, value).
-- Created cohort: volume, first reply, reassignment, SLA, CSAT, repeat contacts.
-- Solved cohort: reopens and one-touch resolution.
WITH flagged AS (
  SELECT
    t.ticket_id,
    t.channel,
    t.created_day,
    t.solved_day,
    t.first_reply_minutes,
    t.first_reply_business_minutes,
    t.reopens,
    t.reassignments,
    t.sla_met,
    t.satisfied,
    t.replies,
    CASE
      WHEN t.requester IS NULL THEN NULL
      WHEN LAG(t.created_epoch) OVER (
        PARTITION BY t.requester ORDER BY t.created_epoch, t.ticket_id
      ) >= t.created_epoch - w.value * 86400 THEN 1
      ELSE 0
    END AS repeat_contact
  FROM tickets t
  CROSS JOIN (SELECT value FROM params WHERE name = 'repeat_window_days') w
),
scoped AS (
  SELECT f.*, f.channel AS scope FROM flagged f
  UNION ALL
  SELECT f.*, 'all' AS scope FROM flagged f
),
created AS (
  SELECT
    c.kind,
    c.period,
    s.scope,
    COUNT(*) AS volume,
    COUNT(s.first_reply_minutes) AS replied,
    AVG(s.first_reply_minutes) AS first_reply_mean_minutes,
    COUNT(s.first_reply_business_minutes) AS replied_business,
    AVG(s.first_reply_business_minutes) AS first_reply_business_mean_minutes,
    COUNT(s.reassignments) AS reassign_known,
    SUM(CASE WHEN s.reassignments > 0 THEN 1 ELSE 0 END) AS reassigned,
    COUNT(s.sla_met) AS sla_known,
    SUM(CASE WHEN s.sla_met THEN 1 ELSE 0 END) AS sla_met,
    COUNT(s.satisfied) AS rated,
    SUM(CASE WHEN s.satisfied THEN 1 ELSE 0 END) AS satisfied,
    COUNT(s.repeat_contact) AS repeat_known,
    SUM(s.repeat_contact) AS repeats
  FROM scoped s
  JOIN calendar c ON c.day = s.created_day
  GROUP BY c.kind, c.period, s.scope
),
solved AS (
  SELECT
    c.kind,
    c.period,
    s.scope,
    COUNT(*) AS solved,
    COUNT(s.reopens) AS reopen_known,
    SUM(CASE WHEN s.reopens > 0 THEN 1 ELSE 0 END) AS reopened,
    COUNT(s.replies) AS replies_known,
    SUM(CASE WHEN s.replies <= 1 AND COALESCE(s.reopens, 0) = 0 THEN 1 ELSE 0 END) AS one_touch
  FROM scoped s
  JOIN calendar c ON c.day = s.solved_day
  GROUP BY c.kind, c.period, s.scope
),
keys AS (
  SELECT kind, period, scope FROM created
  UNION
  SELECT kind, period, scope FROM solved
)
SELECT
  k.kind,
  k.period,
  k.scope,
  COALESCE(cr.volume, 0) AS volume,
  cr.replied,
  cr.first_reply_mean_minutes,
  cr.replied_business,
  cr.first_reply_business_mean_minutes,
  cr.reassign_known,
  cr.reassigned,
  cr.sla_known,
  cr.sla_met,
  cr.rated,
  cr.satisfied,
  cr.repeat_known,
  cr.repeats,
  COALESCE(so.solved, 0) AS solved,
  so.reopen_known,
  so.reopened,
  so.replies_known,
  so.one_touch
FROM keys k
LEFT JOIN created cr ON cr.kind = k.kind AND cr.period = k.period AND cr.scope = k.scope
LEFT JOIN solved so ON so.kind = k.kind AND so.period = k.period AND so.scope = k.scope
ORDER BY k.kind, k.period, k.scope
