"""Build tooling for SupportDesk: Qt Designer forms, Qt resources and translations.

This script is the only way to regenerate the generated code in ``supportdesk/gui/forms/``:

* ``ui/<name>.ui``             -> ``supportdesk/gui/forms/ui_<name>.py``   (pyside6-uic, then
  ``qt_namespace_untouched`` and ``used_imports_only``)
* ``resources/supportdesk.qrc`` -> ``supportdesk/gui/forms/resources_rc.py`` (pyside6-rcc)
* ``resources/translations/supportdesk_de.ts`` -> ``resources/translations/supportdesk_de.qm``
  (pyside6-lrelease) -> ``supportdesk/gui/forms/translations_rc.py`` (pyside6-rcc of
  ``resources/translations.qrc``): the German catalogue ships inside the package as a Qt
  resource of its own, imported only when the app runs in German (supportdesk/gui/i18n.py)

Never edit those files by hand; change the ``.ui``/``.qrc`` sources and run
``python build_installer.py generate``. Freezing the app into an installer (PyInstaller) comes
later and will be added to this script.

Usage::

    python build_installer.py forms         # compile ui/*.ui
    python build_installer.py resources     # compile resources/supportdesk.qrc
    python build_installer.py generate      # forms + resources + compiled translations
    python build_installer.py check         # exit 1 listing stale/missing outputs; writes nothing
    python build_installer.py translations  # lupdate -> supportdesk_de.ts, then lrelease + rcc
    python build_installer.py icons         # icon SVG -> the PNGs the app ships, then resources

Importable API (the test suite uses it)::

    generated_outputs() -> dict[pathlib.Path, bytes]  # target path -> freshly generated content
    stale_outputs() -> list[pathlib.Path]              # targets that are missing, differ, or orphaned

The Qt tools are the ones of the running interpreter's PySide6: ``pyside6-uic``/``-rcc``/``-lupdate``
next to ``sys.executable`` (the virtualenv's ``bin``/``Scripts``), else the binaries inside the
PySide6 package, else whatever ``pyside6-*`` is on ``PATH``.

Determinism: running a generator twice gives identical bytes. uic output depends only on the
``.ui`` file (and the uic version, which it names in its header). rcc's default format (version 3)
embeds each file's modification time, which would make every fresh checkout "stale"; we pass
``--format-version 1``, which has no timestamps, and ``--no-compress``, so the bytes do not depend
on which compressors (zstd/zlib) a platform's Qt build has. The resources are a few kilobytes.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent
UI_DIR = ROOT / "ui"
RESOURCES_DIR = ROOT / "resources"
QRC_FILE = RESOURCES_DIR / "supportdesk.qrc"
FORMS_DIR = ROOT / "supportdesk" / "gui" / "forms"
RESOURCES_OUTPUT = FORMS_DIR / "resources_rc.py"
GUI_DIR = ROOT / "supportdesk" / "gui"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
TS_FILE = TRANSLATIONS_DIR / "supportdesk_de.ts"
QM_FILE = TRANSLATIONS_DIR / "supportdesk_de.qm"
TRANSLATIONS_QRC = RESOURCES_DIR / "translations.qrc"
TRANSLATIONS_OUTPUT = FORMS_DIR / "translations_rc.py"
ICON_SVG = RESOURCES_DIR / "icons" / "supportdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

UIC_OPTIONS: list[str] = []
RCC_OPTIONS = ["--format-version", "1", "--no-compress"]

_WINDOWS = sys.platform == "win32"


class ToolError(RuntimeError):
    """A Qt tool is missing, failed, or printed warnings."""


# --------------------------------------------------------------------------------------------
# Locating the Qt tools
# --------------------------------------------------------------------------------------------


def _pyside_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def tool_command(tool: str) -> list[str]:
    """The command prefix that runs PySide6's ``tool`` ("uic", "rcc", "lupdate") for Python.

    Raises ToolError if the tool cannot be found.
    """
    exe_suffix = ".exe" if _WINDOWS else ""

    # 1. The pyside6-<tool> wrapper next to the interpreter (virtualenv bin/ or Scripts/).
    wrapper = Path(sys.executable).parent / f"pyside6-{tool}{exe_suffix}"
    if wrapper.is_file():
        return [str(wrapper)]

    # 2. The binary inside the PySide6 package (what the wrappers call); uic and rcc then need
    #    "-g python", which the wrappers add themselves.
    pyside = _pyside_dir()
    if pyside is not None:
        if tool in ("uic", "rcc") and not _WINDOWS:
            binary = pyside / "Qt" / "libexec" / tool
        else:
            binary = pyside / f"{tool}{exe_suffix}"
        if binary.is_file():
            return [str(binary)] + (["-g", "python"] if tool in ("uic", "rcc") else [])

    # 3. Anything on PATH.
    found = shutil.which(f"pyside6-{tool}")
    if found:
        return [found]

    raise ToolError(
        f"pyside6-{tool} not found (looked next to {sys.executable}, inside the PySide6 package "
        f"and on PATH). Install the project's dependencies (PySide6-Essentials) into this "
        f"interpreter's environment."
    )


def _run(cmd: list[str], *, cwd: Path) -> None:
    """Run a Qt tool; any non-zero exit or any output on stderr (warnings) is an error."""
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    stderr = result.stderr.decode("utf-8", "replace").strip()
    if result.returncode != 0 or stderr:
        what = "failed" if result.returncode != 0 else "printed warnings"
        raise ToolError(
            f"{' '.join(cmd)} {what} (exit code {result.returncode}):\n{stderr or '(no output)'}"
        )


def _read_generated(path: Path) -> bytes:
    # Line endings are the only thing normalised: the tools write native ones on Windows.
    return path.read_bytes().replace(b"\r\n", b"\n")


# --------------------------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------------------------


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def form_target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def _generate_forms(workdir: Path) -> dict[Path, bytes]:
    uic = tool_command("uic")
    outputs: dict[Path, bytes] = {}
    for ui_file in ui_files():
        target = form_target(ui_file)
        temp_out = workdir / target.name
        if ElementTree.parse(ui_file).getroot().findall("./resources/include"):
            raise ToolError(
                f"{_rel(ui_file)} includes a .qrc file; keep icons out of the .ui files and set "
                f"them from code (uic would add a bare 'import <name>_rc' that does not resolve)."
            )
        _run([*uic, *UIC_OPTIONS, "-o", str(temp_out), str(ui_file)], cwd=UI_DIR)
        outputs[target] = used_imports_only(qt_namespace_untouched(_read_generated(temp_out)))
    return outputs


_CONSTRUCTED = re.compile(r"^\s*(?P<obj>self\.\w+) = (?P<cls>Q\w+)\((?P<args>.*)\)$")
_QT_ENUM_SETTER = re.compile(r"^(?P<indent>\s*)(?P<obj>self\.\w+)\.set(?P<prop>\w+)\("
                             r"(?P<values>Qt\.\w+\.\w+(?:\|Qt\.\w+\.\w+)*)\)$")


def qt_namespace_untouched(source: bytes) -> bytes:
    """PySide6 builds every enum of the `Qt` namespace (93 enum classes, ~20 ms here) the first
    time anything touches it, and on the sign-in form that was a tenth of the app's cold start.
    uic touches it twice; both are rewritten to what Qt does in C++ anyway:

    - ``w.setTextFormat(Qt.TextFormat.PlainText)``, for a Q_PROPERTY of `w`'s class, becomes
      ``w.setProperty("textFormat", "PlainText")``: the meta-object system converts key names
      (``"A|B"`` for flags). Each rewrite is checked here against the class's meta-object (a
      writable enum property of the `Qt` namespace that knows those keys), so a typo cannot
      turn into a silent dynamic property; anything else is left as uic wrote it.
    - ``QDialogButtonBox(parent)``: PySide6's overload resolution first tries the argument as a
      ``Qt.Orientation``. A widget's lone parent is passed by keyword, which skips that."""
    from PySide6 import QtCore, QtGui, QtWidgets

    def qt_class(name: str) -> type | None:
        return next((getattr(module, name) for module in (QtWidgets, QtGui, QtCore)
                     if hasattr(module, name)), None)

    classes: dict[str, type | None] = {}
    lines = source.decode("utf-8").split("\n")
    for number, line in enumerate(lines):
        if made := _CONSTRUCTED.match(line):
            cls = classes[made["obj"]] = qt_class(made["cls"])
            if (cls is not None and issubclass(cls, QtWidgets.QWidget)
                    and re.fullmatch(r"[\w.]+", made["args"])):
                lines[number] = line.replace(f"({made['args']})", f"(parent={made['args']})")
        elif setter := _QT_ENUM_SETTER.match(line):
            lines[number] = _as_property(setter, classes.get(setter["obj"])) or line
    return "\n".join(lines).encode("utf-8")


def _as_property(setter: re.Match, cls: type | None) -> str | None:
    """``setProperty("name", "Key|Key")`` for a matched `Qt.` enum setter, or None when `cls`
    has no writable `Qt` enum property of that name that takes those keys."""
    if cls is None or not hasattr(cls, "staticMetaObject"):
        return None
    name = setter["prop"][:1].lower() + setter["prop"][1:]
    meta = cls.staticMetaObject
    index = meta.indexOfProperty(name)
    if index < 0:
        return None
    prop = meta.property(index)
    if not (prop.isWritable() and prop.isEnumType()):
        return None
    enum = prop.enumerator()
    values = [value.split(".") for value in setter["values"].split("|")]
    if enum.scope() != "Qt" or any(e != enum.enumName() for _qt, e, _key in values):
        return None
    keys = "|".join(key for _qt, _e, key in values)
    _value, known = enum.keysToValue(keys)
    if not known:
        return None
    return f'{setter["indent"]}{setter["obj"]}.setProperty("{name}", "{keys}")'


def used_imports_only(source: bytes) -> bytes:
    """uic imports the same ~40 Qt names into every form, most of them unused. In PySide6 a
    class is built the first time it is looked up, so each unused name costs start-up time and
    memory (QGradient alone brings ~180 enum members). Keep only the names the form uses."""
    import ast
    import textwrap

    text = source.decode("utf-8")
    tree = ast.parse(text)
    imports = [node for node in tree.body
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = text.split("\n")
    for node in reversed(imports):  # bottom-up: earlier line numbers stay valid
        kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        new = []
        if kept:
            new = textwrap.wrap(f"from {node.module} import ({', '.join(kept)})", width=90,
                                subsequent_indent="    ", break_on_hyphens=False)
        lines[node.lineno - 1:node.end_lineno] = new
    return "\n".join(lines).encode("utf-8")


def _generate_resources(workdir: Path) -> dict[Path, bytes]:
    rcc = tool_command("rcc")
    temp_out = workdir / RESOURCES_OUTPUT.name
    _run([*rcc, *RCC_OPTIONS, "-o", str(temp_out), str(QRC_FILE)], cwd=RESOURCES_DIR)
    return {RESOURCES_OUTPUT: _read_generated(temp_out)}


def _generate_translations(workdir: Path) -> dict[Path, bytes]:
    """The .ts compiled to the .qm (lrelease), and that .qm compiled into its resource module
    (rcc). Both are deterministic: lrelease writes no timestamps; rcc as for the resources."""
    lrelease = tool_command("lrelease")
    rcc = tool_command("rcc")
    build = workdir / "translations-build"
    (build / "translations").mkdir(parents=True)
    qm = build / "translations" / QM_FILE.name
    _run([*lrelease, "-silent", "-nounfinished", str(TS_FILE), "-qm", str(qm)], cwd=ROOT)
    shutil.copyfile(TRANSLATIONS_QRC, build / TRANSLATIONS_QRC.name)
    temp_out = build / TRANSLATIONS_OUTPUT.name
    _run([*rcc, *RCC_OPTIONS, "-o", str(temp_out), TRANSLATIONS_QRC.name], cwd=build)
    return {QM_FILE: qm.read_bytes(), TRANSLATIONS_OUTPUT: _read_generated(temp_out)}


def _generate(*, forms: bool = True, resources: bool = True,
              translations: bool = True) -> dict[Path, bytes]:
    outputs: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="supportdesk-gen-") as tmp:
        if forms:
            outputs.update(_generate_forms(Path(tmp)))
        if resources:
            outputs.update(_generate_resources(Path(tmp)))
        if translations:
            outputs.update(_generate_translations(Path(tmp)))
    return outputs


def generated_outputs() -> dict[Path, bytes]:
    """Target path -> freshly generated content, for every form, the resources module, the
    compiled German catalogue (.qm) and its resource module.

    Generates into a temporary directory; writes nothing into the repository.
    """
    return _generate()


def orphaned_outputs(outputs: dict[Path, bytes] | None = None) -> list[Path]:
    """Generated-looking files in the forms package whose source is gone (e.g. a deleted .ui)."""
    if outputs is None:
        outputs = generated_outputs()
    return sorted(p for p in FORMS_DIR.glob("ui_*.py") if p not in outputs)


def stale_outputs() -> list[Path]:
    """Generated files that are missing, differ from a fresh generation, or are orphaned.

    Generates into a temporary directory; writes nothing into the repository.
    """
    return _stale(generated_outputs())


def _stale(outputs: dict[Path, bytes]) -> list[Path]:
    stale = [
        path
        for path, content in outputs.items()
        if not path.is_file() or _read_generated(path) != content
    ]
    return sorted(stale + orphaned_outputs(outputs))


def write_outputs(outputs: dict[Path, bytes], *, remove_orphans: bool = False) -> list[Path]:
    """Write the files whose content changed (others keep their mtime); return what changed."""
    changed: list[Path] = []
    for path, content in sorted(outputs.items()):
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        changed.append(path)
    if remove_orphans:
        for orphan in orphaned_outputs(outputs):
            orphan.unlink()
            changed.append(orphan)
    return changed


# --------------------------------------------------------------------------------------------
# Translations
# --------------------------------------------------------------------------------------------


# Core modules whose message ids the GUI translates (marked QT_TRANSLATE_NOOP, Qt-free).
CORE_MESSAGE_SOURCES = (ROOT / "supportdesk" / "operations" / "kinds.py",)


def translation_sources() -> list[Path]:
    """The .ui forms, the hand-written GUI code (not the generated forms package) and the
    core's message ids."""
    python_sources = [
        p for p in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in p.parents
    ]
    return ui_files() + python_sources + list(CORE_MESSAGE_SOURCES)


def update_translations(ts_file: Path = TS_FILE) -> Path:
    """Run lupdate over the sources into `ts_file` (existing translations are kept)."""
    lupdate = tool_command("lupdate")
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    cmd = [
        *lupdate,
        "-locations", "relative",
        "-no-obsolete",  # a string gone from the code leaves the .ts too
        "-source-language", "en",
        "-target-language", "de",
        *sources,
        "-ts", str(ts_file),
    ]
    result = subprocess.run(cmd, cwd=ROOT, check=False, capture_output=ts_file != TS_FILE)
    if result.returncode != 0:
        raise ToolError(f"{' '.join(cmd)} failed (exit code {result.returncode})")
    return ts_file


def render_icons(svg: Path = ICON_SVG, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """The app icon as PNGs, one per size, next to its SVG source. The app ships these, not the
    SVG: an SVG window icon loads Qt's SVG module and icon engine into every agent's process
    (~1.2 MB of the app's peak memory, bench/ gui_memory) to draw the same few pixels. The PNGs
    are committed; `build_installer.py icons` renders them and compiles the resources."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ToolError(f"{_rel(svg)} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = svg.with_name(f"{svg.stem}-{size}.png")
        if not image.save(str(target), "PNG"):
            raise ToolError(f"could not write {_rel(target)}")
        written.append(target)
    return written


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _cmd_generate(*, forms: bool, resources: bool, translations: bool = False) -> int:
    outputs = _generate(forms=forms, resources=resources, translations=translations)
    changed = write_outputs(outputs, remove_orphans=forms)
    for path in changed:
        print(f"{'removed' if not path.exists() else 'wrote'} {_rel(path)}")
    print(f"{len(outputs)} file(s) generated, {len(changed)} changed.")
    return 0


def _cmd_check() -> int:
    outputs = generated_outputs()
    stale = _stale(outputs)
    if not stale:
        print("Generated forms, resources and compiled translations are up to date.")
        return 0
    print("Stale, missing or orphaned generated files:", file=sys.stderr)
    for path in stale:
        if path not in outputs:
            state = "orphaned"
        elif not path.exists():
            state = "missing"
        else:
            state = "stale"
        print(f"  {state}: {_rel(path)}", file=sys.stderr)
    print("Run: python build_installer.py generate (or translations, after a .ts change)",
          file=sys.stderr)
    return 1


def _cmd_translations() -> int:
    try:
        tool_command("lupdate")
        tool_command("lrelease")
    except ToolError as exc:
        print(f"Cannot update translations: {exc}", file=sys.stderr)
        return 1
    ts = update_translations()
    print(f"updated {_rel(ts)}")
    return _cmd_generate(forms=False, resources=False, translations=True)


def _cmd_icons() -> int:
    for path in render_icons():
        print(f"wrote {_rel(path)}")
    return _cmd_generate(forms=False, resources=True)  # the PNGs are compiled into the app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_installer.py",
        description="Regenerate SupportDesk's Qt forms, resources and translations.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("forms", help="compile ui/*.ui into supportdesk/gui/forms/ui_<name>.py")
    commands.add_parser(
        "resources", help="compile resources/supportdesk.qrc into supportdesk/gui/forms/resources_rc.py"
    )
    commands.add_parser("generate", help="forms + resources + compiled translations (.qm)")
    commands.add_parser(
        "check", help="exit 1 listing stale or missing generated files (writes nothing)"
    )
    commands.add_parser(
        "translations", help="update resources/translations/supportdesk_de.ts with "
                             "pyside6-lupdate, then compile it (.qm and its resource module)"
    )
    commands.add_parser(
        "icons", help="render resources/icons/supportdesk.svg to the PNGs the app ships, then "
                      "compile the resources"
    )
    args = parser.parse_args(argv)

    try:
        if args.command == "forms":
            return _cmd_generate(forms=True, resources=False)
        if args.command == "resources":
            return _cmd_generate(forms=False, resources=True)
        if args.command == "generate":
            return _cmd_generate(forms=True, resources=True, translations=True)
        if args.command == "check":
            return _cmd_check()
        if args.command == "translations":
            return _cmd_translations()
        if args.command == "icons":
            return _cmd_icons()
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
