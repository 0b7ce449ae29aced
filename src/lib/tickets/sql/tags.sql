-- Problem frequency by tag: tickets created per tag per period, for the diagnosis's problems that
-- take their frequency from a tag (data/snapshots/*.json, problems[].tag). A ticket carries each of
-- its tags once (the loading step removes repeats), so COUNT(*) counts tickets. Months and
-- quarters only: weeks are too short for a tag's share to mean much, and would triple the file.
SELECT c.kind, c.period, g.tag, COUNT(*) AS tickets
FROM ticket_tags g
JOIN calendar c ON c.day = g.created_day
WHERE c.kind <> 'week'
GROUP BY c.kind, c.period, g.tag
ORDER BY c.kind, c.period, tickets DESC, g.tag
