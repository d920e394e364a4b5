"""Everything Qt. Nothing outside gui/ imports this package or PySide6 (tests/test_architecture.py)."""

import builtins

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook, undone just below)


def _without_pyside_feature_hook() -> None:
    """PySide replaces `__import__` to serve `from __feature__ import snake_case`; as a side
    effect it reads the source of every module imported afterwards, looking for the word
    «PySide6» (348 modules, 0.2 s, in the self-test), and runs Python code on every `import`
    statement executed later. The app never selects a __feature__, so the interpreter's own
    import comes back."""
    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = original


_without_pyside_feature_hook()
