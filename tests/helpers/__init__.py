"""Helpers shared by test modules: plain functions and classes, each module named for what it
holds. Fixtures stay in the conftest.py files; no test module imports another
(tests/test_architecture.py checks)."""
