"""Modules generated from ui/*.ui by tools/build_ui.py. Do not edit."""
