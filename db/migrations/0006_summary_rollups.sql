-- min-compatible: 6
-- The daily totals per (site, business day, activity), the employment types added up: what the
-- manager views and the monthly totals read, a quarter of the rows of daily_summaries. Kept by the
-- summary builder in the same transaction as daily_summaries and monthly_summaries; programs of
-- schema 5 would re-total days without them, so min-compatible is 6.
CREATE TABLE daily_activity_summaries (
    site TEXT NOT NULL,
    business_day TEXT NOT NULL,
    activity TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0,
    direct_s INTEGER NOT NULL DEFAULT 0,
    indirect_s INTEGER NOT NULL DEFAULT 0,
    break_s INTEGER NOT NULL DEFAULT 0,
    paid_s INTEGER NOT NULL DEFAULT 0,
    forgotten_s INTEGER NOT NULL DEFAULT 0,
    base_yen INTEGER NOT NULL DEFAULT 0,
    premium_yen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, business_day, activity)
) WITHOUT ROWID;

INSERT INTO daily_activity_summaries (site, business_day, activity, units, direct_s, indirect_s, break_s, paid_s,
                                      forgotten_s, base_yen, premium_yen)
SELECT site, business_day, activity, SUM(units), SUM(direct_s), SUM(indirect_s), SUM(break_s), SUM(paid_s),
       SUM(forgotten_s), SUM(base_yen), SUM(premium_yen)
FROM daily_summaries GROUP BY site, business_day, activity;

-- The builder deletes a re-totalled day per site through the primary key (site, business_day, ...):
-- the index by day only cost writes.
DROP INDEX daily_summaries_by_day;
