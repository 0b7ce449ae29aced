-- Problem frequency: tickets created per category (the export's ticket type or category) per
-- period, for the report's problem table. Tickets without a category are not counted here.
SELECT c.kind, c.period, t.category, COUNT(*) AS tickets
FROM tickets t
JOIN calendar c ON c.day = t.created_day
WHERE t.category IS NOT NULL
GROUP BY c.kind, c.period, t.category
ORDER BY c.kind, c.period, tickets DESC, t.category
