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
``python build_installer.py generate``. The same script freezes the app (PyInstaller, one
folder, ``packaging/supportdesk.spec``), builds the packages (Linux: ``.deb`` and ``.tar.gz``;
Windows: Inno Setup, ``packaging/windows/supportdesk.iss``) and smoke-tests the frozen app
(``supportdesk --self-test``, ``supportdesk/gui/selftest.py``); these need the ``build`` extra
(``pip install -e ".[build]"``: PyInstaller).

Usage::

    python build_installer.py forms         # compile ui/*.ui
    python build_installer.py resources     # compile resources/supportdesk.qrc
    python build_installer.py generate      # forms + resources + compiled translations
    python build_installer.py check         # exit 1 listing stale/missing outputs; writes nothing
    python build_installer.py translations  # lupdate -> supportdesk_de.ts, then lrelease + rcc
    python build_installer.py icons         # icon SVG -> the PNGs the app ships, then resources
    python build_installer.py freeze        # build/dist/supportdesk/ (PyInstaller, one folder)
    python build_installer.py package       # build/packages/: .deb + .tar.gz (Windows: setup.exe)
    python build_installer.py smoke [--xcb] [--deb]  # frozen app's --self-test, exit 0 or 1
    python build_installer.py all           # generate, freeze, package, smoke --xcb --deb

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
from collections.abc import Callable
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
    # Line endings are the only thing normalised, and only in text: the tools write native
    # ones on Windows. A compiled catalogue (.qm) is binary, and may hold the bytes 0D 0A.
    data = path.read_bytes()
    return data if path.suffix == ".qm" else data.replace(b"\r\n", b"\n")


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
CORE_MESSAGE_SOURCES = (ROOT / "supportdesk" / "operations" / "kinds.py",
                        ROOT / "supportdesk" / "domain" / "eu261.py",
                        ROOT / "supportdesk" / "domain" / "fares.py",
                        ROOT / "supportdesk" / "domain" / "ledger_text.py")


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
# Freezing, packages, smoke test
# --------------------------------------------------------------------------------------------

BUILD_DIR = ROOT / "build"
DIST_DIR = BUILD_DIR / "dist"
FROZEN_DIR = DIST_DIR / "supportdesk"  # PyInstaller's one folder
PACKAGES_DIR = BUILD_DIR / "packages"  # the .deb and .tar.gz (Linux)
PACKAGING_DIR = ROOT / "packaging"
FREEZE_SPEC = PACKAGING_DIR / "supportdesk.spec"
ISS_FILE = PACKAGING_DIR / "windows" / "supportdesk.iss"
SITE_CONFIG_DIR = "/etc/supportdesk"  # supportdesk.config.LINUX_SITE_CONFIG's folder
INSTALL_DIR = "/opt/supportdesk"
# Besides the libraries the frozen app loads from the system (found by ldd at package time):
# the bundled fontconfig reads the system's configuration, and text needs a font (a minimal
# Debian has neither: "Fontconfig error: Cannot load default config file").
DEB_ALSO_DEPENDS = ("fontconfig", "fonts-dejavu-core")
SMOKE_TIMEOUT = 180  # seconds for one `--self-test` run (its own limit is 120 s)

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=SupportDesk
GenericName=Call-centre desk
GenericName[de]=Callcenter-Arbeitsplatz
Comment=Frequent-flyer service desk: members, miles, requests
Comment[de]=Servicedesk des Vielfliegerprogramms: Mitglieder, Meilen, Anliegen
Exec=supportdesk
Icon=supportdesk
Terminal=false
Categories=Office;
StartupWMClass=supportdesk
"""

SITE_CONFIG_README = """\
SupportDesk's managed configuration
===================================

IT puts config.toml here (/etc/supportdesk/config.toml). Without it SupportDesk starts its
embedded demo backend. Keys: see config.toml.example beside this file and
docs/operations.md. Check a workstation with:  supportdesk --check-config
A file at ~/.config/SupportDesk/config.toml or in $SUPPORTDESK_CONFIG is read instead.
"""


def frozen_executable(folder: Path = FROZEN_DIR) -> Path:
    return folder / ("supportdesk.exe" if _WINDOWS else "supportdesk")


def version() -> str:
    text = (ROOT / "supportdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise ToolError("no __version__ in supportdesk/__init__.py")
    return found[1]


def _icon_png(size: int) -> Path:
    return ICON_SVG.with_name(f"{ICON_SVG.stem}-{size}.png")


def render_ico(target: Path) -> Path:
    """The Windows icon (.ico, several sizes) from the committed PNGs, through Qt's ico
    plugin: for the .exe and the Inno Setup wizard."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - image plugins need one
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(target), b"ico")
    from PySide6.QtGui import QImage

    # Qt's ico writer takes one image; 256 px is what Windows scales down from.
    if not writer.write(QImage(str(_icon_png(256)))):
        raise ToolError(f"could not write {_rel(target)}: {writer.errorString()}")
    return target


def freeze() -> Path:
    """PyInstaller, one folder: build/dist/supportdesk/ (packaging/supportdesk.spec says what
    goes in). Needs the `build` extra: pip install -e ".[build]"."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise ToolError(
            f"PyInstaller is not installed for {sys.executable}; install the build extra: "
            f"{Path(sys.executable).name} -m pip install -e \".[build]\"")
    stale = stale_outputs()
    if stale:
        raise ToolError("generated files are stale or missing (run: python build_installer.py "
                        "generate): " + ", ".join(_rel(p) for p in stale))
    import os

    env = dict(os.environ)
    if _WINDOWS:
        env["SUPPORTDESK_FREEZE_ICON"] = str(render_ico(BUILD_DIR / "supportdesk.ico"))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST_DIR), "--workpath", str(BUILD_DIR / "pyinstaller"),
           str(FREEZE_SPEC)]
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if result.returncode != 0 or not frozen_executable().is_file():
        raise ToolError(f"{' '.join(cmd)} failed (exit code {result.returncode})")
    return FROZEN_DIR


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _require_frozen() -> Path:
    exe = frozen_executable()
    if not exe.is_file():
        raise ToolError(f"{_rel(exe)} does not exist: run python build_installer.py freeze")
    return exe


def _deb_architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        import platform

        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(),
                                                           platform.machine())


def system_libraries(folder: Path) -> dict[str, str]:
    """Shared libraries the frozen app loads from the system (not bundled): soname -> path,
    from ldd over every bundled binary."""
    bundled = {p.name for p in folder.rglob("*") if ".so" in p.name}
    found: dict[str, str] = {}
    for binary in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
                         and (".so" in p.name or p == frozen_executable(folder))):
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True,
                                check=False)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            path = where.split(" (")[0].strip()
            if name and name not in bundled and path.startswith("/"):
                found[name] = path
    return found


def debian_depends(libraries: dict[str, str]) -> list[str]:
    """The Debian packages that own `libraries` (dpkg -S), for the .deb's Depends."""
    packages: set[str] = set()
    for path in sorted(set(libraries.values())):
        result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True,
                                check=False)
        if result.returncode != 0:  # /lib vs /usr/lib (merged /usr): ask for the other
            other = path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path
            result = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True,
                                    check=False)
        if result.returncode == 0:
            owner = result.stdout.split(":", 1)[0].split(",")[0].strip()
            packages.add(owner)
    return sorted(packages)


def _stage_linux_tree(stage: Path, frozen: Path = FROZEN_DIR) -> None:
    """The installed layout: /opt/supportdesk (the frozen folder), /usr/bin/supportdesk,
    the desktop entry, the icons, /etc/supportdesk (the managed config's folder)."""
    app_dir = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(frozen, app_dir, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "supportdesk").symlink_to(f"../..{INSTALL_DIR}/supportdesk")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "supportdesk.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    for size in ICON_SIZES:
        icons = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copyfile(_icon_png(size), icons / "supportdesk.png")
    etc = stage / SITE_CONFIG_DIR.lstrip("/")
    etc.mkdir(parents=True)
    (etc / "README").write_text(SITE_CONFIG_README, encoding="utf-8")
    (etc / "config.toml.example").write_text(_config_example(), encoding="utf-8")
    for path in stage.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or _executable(path) else 0o644)


def _executable(path: Path) -> bool:
    return path.is_file() and bool(path.stat().st_mode & 0o111)


def _config_example() -> str:
    """The keys documented in supportdesk/config.py's docstring, commented out."""
    text = (ROOT / "supportdesk" / "config.py").read_text(encoding="utf-8")
    keys = [line.strip() for line in text.split('"""')[1].splitlines()
            if re.match(r"\s+\w+ = ", line)]
    return ("# SupportDesk managed configuration: copy to config.toml and uncomment what\n"
            "# applies. Without config.toml the app starts its embedded demo backend.\n\n"
            + "\n".join(f"# {key}" for key in keys) + "\n")


def build_deb(stage_root: Path) -> Path:
    ver, arch = version(), _deb_architecture()
    stage = stage_root / f"supportdesk_{ver}_{arch}"
    _stage_linux_tree(stage)
    control = stage / "DEBIAN"
    control.mkdir()
    depends = sorted(set(debian_depends(system_libraries(FROZEN_DIR))) | set(DEB_ALSO_DEPENDS))
    installed_kb = folder_size(stage) // 1024
    (control / "control").write_text(
        f"Package: supportdesk\nVersion: {ver}\nArchitecture: {arch}\n"
        f"Maintainer: SupportDesk IT <it@supportdesk.invalid>\nSection: misc\nPriority: optional\n"
        f"Installed-Size: {installed_kb}\n"
        + (f"Depends: {', '.join(depends)}\n" if depends else "")
        + "Description: SupportDesk call-centre desktop client\n"
          " The frequent-flyer programme's service desk: member lookup, miles credits,\n"
          " requests and approvals; with an embedded demo backend when no backend is\n"
          f" configured. Managed configuration: {SITE_CONFIG_DIR}/config.toml.\n",
        encoding="utf-8")
    (control / "conffiles").write_text(
        f"{SITE_CONFIG_DIR}/README\n{SITE_CONFIG_DIR}/config.toml.example\n", encoding="utf-8")
    PACKAGES_DIR.mkdir(parents=True, exist_ok=True)
    target = PACKAGES_DIR / f"supportdesk_{ver}_{arch}.deb"
    cmd = ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ToolError(f"{' '.join(cmd)} failed:\n{result.stderr.strip()}")
    return target


def build_tarball(stage_root: Path) -> Path:
    """supportdesk-<version>-linux-<arch>.tar.gz: the same tree as the .deb, to unpack at /
    (or anywhere: `opt/supportdesk/supportdesk` runs from where it lies)."""
    import tarfile

    ver, arch = version(), _deb_architecture()
    stage = stage_root / f"supportdesk-{ver}-linux-{arch}"
    _stage_linux_tree(stage)
    PACKAGES_DIR.mkdir(parents=True, exist_ok=True)
    target = PACKAGES_DIR / f"{stage.name}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        for path in sorted(stage.iterdir()):
            tar.add(path, arcname=path.name, filter=owned_by_root)
    return target


def package() -> list[Path]:
    """Linux: the .deb and the .tar.gz in build/packages/. Windows: the Inno Setup installer
    (packaging/windows/supportdesk.iss, with ISCC on PATH or in its default folder)."""
    _require_frozen()
    if _WINDOWS:
        return [build_windows_installer()]
    if not sys.platform.startswith("linux"):
        raise ToolError("packages are built on Linux (.deb, .tar.gz) and Windows (Inno Setup)")
    if shutil.which("dpkg-deb") is None:
        raise ToolError("dpkg-deb not found (apt-get install dpkg)")
    with tempfile.TemporaryDirectory(prefix="supportdesk-package-", dir=BUILD_DIR) as tmp:
        return [build_deb(Path(tmp)), build_tarball(Path(tmp))]


def build_windows_installer() -> Path:
    import os

    candidates = [shutil.which("iscc"), shutil.which("ISCC")] + [
        str(Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe")
        for var in ("ProgramFiles(x86)", "ProgramFiles")]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise ToolError("Inno Setup's ISCC.exe not found: install Inno Setup 6 "
                        "(https://jrsoftware.org/isinfo.php) or put ISCC on PATH")
    icon = render_ico(BUILD_DIR / "supportdesk.ico")
    example = BUILD_DIR / "config.toml.example"
    example.write_text(_config_example(), encoding="utf-8")
    cmd = [iscc, f"/DAppVersion={version()}", f"/DSourceDir={FROZEN_DIR}",
           f"/DIconFile={icon}", f"/DConfigExample={example}", f"/O{PACKAGES_DIR}",
           str(ISS_FILE)]
    result = subprocess.run(cmd, check=False)
    if result.returncode != 0:
        raise ToolError(f"{' '.join(cmd)} failed (exit code {result.returncode})")
    return PACKAGES_DIR / f"supportdesk-{version()}-setup.exe"


def smoke(executable: Path | None = None, *, platform: str = "offscreen",
          timeout: float = SMOKE_TIMEOUT) -> float:
    """Run `<frozen app> --self-test` on `platform` ("xcb": under xvfb-run); return how long
    it took. Raises ToolError with the app's output when it does not exit 0."""
    import os
    import time

    exe = executable or _require_frozen()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("SUPPORTDESK_", "PYTHON_KEYRING"))}
    env["QT_QPA_PLATFORM"] = platform
    cmd = [str(exe), "--self-test"]
    if platform == "xcb":
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *cmd]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="supportdesk-smoke-") as tmp:
        # The verdict's lines also go to a file: a windowed Windows build has no stdout.
        verdict = Path(tmp) / "self-test.txt"
        env["SUPPORTDESK_SELFTEST_REPORT"] = str(verdict)
        try:
            result = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                    timeout=timeout, check=False, cwd=tmp)
        except subprocess.TimeoutExpired as exc:
            raise ToolError(f"{' '.join(cmd)} did not finish in {timeout} s") from exc
        lines = verdict.read_text(encoding="utf-8").splitlines() if verdict.exists() else []
    took = time.monotonic() - started
    print("\n".join(f"  {line}" for line in lines if "FAILED" not in line))
    if result.returncode != 0:
        failure = [line for line in lines if "FAILED" in line]
        raise ToolError(
            f"smoke test failed on {platform}: {' '.join(cmd)} exited {result.returncode}\n"
            + ("\n".join(failure) or "(no self-test verdict)")
            + "\n--- its stderr (last 40 lines) ---\n"
            + "\n".join(result.stderr.splitlines()[-40:]))
    return took


def smoke_deb(deb: Path) -> float:
    """Unpack the .deb into a clean directory (dpkg-deb -x: no system files touched) and run
    its /opt/supportdesk/supportdesk --self-test there."""
    with tempfile.TemporaryDirectory(prefix="supportdesk-deb-") as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        return smoke(Path(tmp) / INSTALL_DIR.lstrip("/") / "supportdesk")


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


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _cmd_freeze() -> int:
    import time

    started = time.monotonic()
    folder = freeze()
    print(f"froze {_rel(folder)}: {_mb(folder_size(folder))} in "
          f"{time.monotonic() - started:.0f} s")
    return 0


def _cmd_package() -> int:
    for path in package():
        print(f"wrote {_rel(path)} ({_mb(path.stat().st_size)})")
    return 0


def _cmd_smoke(*, xcb: bool, deb: bool) -> int:
    print(f"smoke: {_rel(frozen_executable())} --self-test (offscreen)")
    print(f"smoke: passed in {smoke():.1f} s")
    if xcb:
        if shutil.which("xvfb-run") is None:
            raise ToolError("--xcb needs xvfb-run (apt-get install xvfb)")
        print("smoke: the same on the xcb platform under xvfb-run")
        print(f"smoke: passed in {smoke(platform='xcb'):.1f} s")
    if deb:
        debs = sorted(PACKAGES_DIR.glob("supportdesk_*.deb"))
        if not debs:
            raise ToolError("no .deb in build/packages: run python build_installer.py package")
        print(f"smoke: {_rel(debs[-1])} unpacked into a clean directory (dpkg-deb -x)")
        print(f"smoke: passed in {smoke_deb(debs[-1]):.1f} s")
    return 0


def _cmd_all() -> int:
    """Everything a release needs, in order; stops at the first failure."""
    linux = sys.platform.startswith("linux")
    steps: list[tuple[str, Callable[[], int]]] = [
        ("generate", lambda: _cmd_generate(forms=True, resources=True)),
        ("freeze", _cmd_freeze),
        ("package", _cmd_package),
        ("smoke", lambda: _cmd_smoke(xcb=linux and shutil.which("xvfb-run") is not None,
                                     deb=linux)),
    ]
    for name, step in steps:
        print(f"== {name}", flush=True)
        code = step()
        if code:
            return code
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_installer.py",
        description="Regenerate SupportDesk's Qt forms, resources and translations; freeze, "
                    "package and smoke-test the app.",
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
    commands.add_parser(
        "freeze", help="PyInstaller, one folder: build/dist/supportdesk/ (needs the build "
                       "extra: pip install -e \".[build]\")")
    commands.add_parser(
        "package", help="Linux: build/packages/*.deb and *.tar.gz; Windows: the Inno Setup "
                        "installer (packaging/windows/supportdesk.iss)")
    smoke_parser = commands.add_parser(
        "smoke", help="run the frozen app's --self-test on the offscreen platform")
    smoke_parser.add_argument("--xcb", action="store_true",
                              help="also on the xcb platform, under xvfb-run")
    smoke_parser.add_argument("--deb", action="store_true",
                              help="also the .deb, unpacked into a clean directory")
    commands.add_parser("all", help="generate, freeze, package, smoke (with --xcb and --deb "
                                    "where possible)")
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
        if args.command == "freeze":
            return _cmd_freeze()
        if args.command == "package":
            return _cmd_package()
        if args.command == "smoke":
            return _cmd_smoke(xcb=args.xcb, deb=args.deb)
        if args.command == "all":
            return _cmd_all()
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
