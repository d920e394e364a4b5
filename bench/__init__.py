"""Performance benchmark of Pisac Desktop on a large, realistic dataset (see README.md)."""
