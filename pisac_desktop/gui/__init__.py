"""Everything Qt. Nothing outside gui/ imports this package or PySide6 (tests/test_architecture.py)."""
