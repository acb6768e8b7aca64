-- The column V6 added has no statistics until the next ANALYZE, and adding a column does not
-- count towards autovacuum's: meanwhile the planner guessed 0.5% of the quotes per wording and
-- walked the date index instead of this column's, 1.7-1.9 s for speaker=<group wording> at
-- 1,000,000 quotes against 0.01-0.04 s once analysed. A sample of the one column, about a
-- second at that size. (H2 analyses its tables itself after enough changes.)
analyze quote (speaker_label_normalized);
