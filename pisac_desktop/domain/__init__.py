"""Rules and use cases in plain Python. Never imports Qt."""
