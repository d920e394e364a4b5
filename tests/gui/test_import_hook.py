"""PySide's __feature__ import hook is undone once the gui package is loaded (gui/__init__.py)."""

import builtins
import sys
import types

import pisac_desktop.gui  # noqa: F401


def test_pyside_installed_its_hook_and_the_gui_package_took_it_back():
    assert hasattr(builtins, "__feature_import__"), "PySide no longer installs the hook"
    assert builtins.__import__ is not builtins.__feature_import__
    assert builtins.__import__ is builtins.__orig_import__


def test_a_module_imported_afterwards_is_not_read_for_the_word_pyside(monkeypatch):
    feature = sys.modules["PySide6.support.feature"]
    read = []
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module) or False)
    module = types.ModuleType("pisac_test_fresh_module")
    monkeypatch.setitem(sys.modules, "pisac_test_fresh_module", module)
    import pisac_test_fresh_module  # noqa: F401

    assert read == []
