"""The start-up guard that keeps PySide6's import hook from filling linecache."""

from __future__ import annotations

import linecache
import sys

from supportdesk.gui import importcache


def _fresh_module(tmp_path, name: str) -> None:
    (tmp_path / f"{name}.py").write_text("VALUE = 1\n")
    sys.path.insert(0, str(tmp_path))
    try:
        exec(f"import {name}", {})  # an import statement, as the app's modules make
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_while_starting_nothing_stays_cached_past_the_next_import(tmp_path):
    importcache.start()
    try:
        linecache.cache["<left by an import>"] = (1, None, ["x\n"], "<left by an import>")
        _fresh_module(tmp_path, "sd_importcache_probe_a")
        assert "<left by an import>" not in linecache.cache
    finally:
        importcache.stop()
    assert linecache.cache == {}


def test_after_start_up_the_cache_is_left_alone(tmp_path):
    importcache.stop()
    linecache.cache["<kept>"] = (1, None, ["x\n"], "<kept>")
    try:
        _fresh_module(tmp_path, "sd_importcache_probe_b")
        assert "<kept>" in linecache.cache
    finally:
        linecache.cache.pop("<kept>", None)
