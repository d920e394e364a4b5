"""Spanish wording: dates in words, ordinals, plurals. No database, no Qt."""
