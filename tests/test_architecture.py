"""Layering rules: the core never imports Qt, the server never the GUI; forms are fresh."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import build_installer  # at the checkout's root, on sys.path as bench/ is (root conftest.py)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "supportdesk"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package_parts = path.relative_to(ROOT).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[: len(package_parts) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
    return found


def modules_outside(folder: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if folder not in p.relative_to(PACKAGE).parts]


def test_core_and_server_never_import_qt():
    offenders = {
        str(p.relative_to(ROOT)): sorted(m for m in imports_of(p)
                                         if m.split(".")[0] in ("PySide6", "shiboken6"))
        for p in modules_outside("gui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_server_never_imports_the_gui():
    offenders = [str(p) for p in (PACKAGE / "server").rglob("*.py")
                 if any(m.startswith("supportdesk.gui") for m in imports_of(p))]
    assert offenders == []


def test_core_never_imports_the_server_at_module_level():
    # The client may start the embedded server lazily (demo mode), never at import time.
    for path in modules_outside("server"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and "server" in node.module:
                raise AssertionError(f"{path} imports the server at module level")


def test_generated_forms_and_resources_are_fresh():
    assert build_installer.stale_outputs() == []


def test_every_string_to_translate_is_filed_under_the_context_the_code_looks_it_up_in(
        tmp_path: Path):
    """lupdate puts what it cannot place (a bare QT_TR_NOOP in a class body, a tr() wrapper
    of our own) under an unnamed context, where no translation would ever be found at run
    time. Each such string must name its context: QT_TRANSLATE_NOOP("Class", …),
    translate("Context", …) or self.tr(…)."""
    from xml.etree import ElementTree

    ts = build_installer.update_translations(tmp_path / "check.ts")
    unplaced = [message.findtext("source")
                for context in ElementTree.parse(ts).getroot().iter("context")
                if not context.findtext("name")
                for message in context.iter("message")]
    assert unplaced == []
    assert sum(1 for _ in ElementTree.parse(ts).getroot().iter("message")) > 800


def test_the_core_imports_without_qt_installed_in_a_clean_interpreter():
    import subprocess

    code = ("import sys; sys.modules['PySide6'] = None; "
            "import supportdesk.api.client, supportdesk.config, supportdesk.backend, "
            "supportdesk.security.credentials, supportdesk.server.app; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr



def imported_names(source: str, path: Path) -> set[str]:
    """Every name `source` (the text of `path`) imports, dotted: each module, and for
    `from m import n` also m.n, as n may be a module (`from . import test_x`)."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = [*package[: len(package) - node.level + 1]] if node.level else []
            module = ".".join(parts + ([node.module] if node.module else []))
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def forbidden_in_tests(name: str) -> bool:
    """A test module (test_*), a conftest, or anything from bench/."""
    parts = name.split(".")
    return parts[-1].startswith("test_") or "conftest" in parts or parts[0] == "bench"


def test_no_test_module_imports_another_test_module_a_conftest_or_bench():
    """Shared helpers live in tests/helpers/, fixtures in conftest.py files. A test module
    that imports another (or a conftest) runs its import-time code, ties the two together
    and breaks when either moves; bench/ is not part of the tests (it imports from them)."""
    offenders = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        wrong = sorted(filter(forbidden_in_tests,
                              imported_names(path.read_text(encoding="utf-8"), path)))
        if wrong:
            offenders[str(path.relative_to(ROOT))] = wrong
    assert offenders == {}


def test_the_import_check_sees_test_modules_conftests_and_bench():
    source = ("from .test_credits import fill\nfrom .. import conftest\nimport bench.common\n"
              "from ..core import test_store\nfrom bench import samples\n"
              "from ..helpers.gui import WAIT\nimport pytest\n")
    names = imported_names(source, ROOT / "tests" / "gui" / "probe.py")
    assert sorted(filter(forbidden_in_tests, names)) == [
        "bench", "bench.common", "bench.samples", "tests.conftest", "tests.core.test_store",
        "tests.gui.test_credits"]
    assert "tests.helpers.gui" in names and not forbidden_in_tests("tests.helpers.gui.WAIT")
