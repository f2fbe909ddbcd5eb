"""Root test configuration: headless Qt, and no real keyring ever touched by a test."""

import atexit
import os
import shutil
import tempfile

import pytest

# The helpers' plain asserts explain themselves as a test's do (registered before any test
# module imports them).
pytest.register_assert_rewrite("tests.helpers")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's data folder (local store, logs, demo database): never the user's own.
if "SUPPORTDESK_DATA_DIR" not in os.environ:
    _data = tempfile.mkdtemp(prefix="supportdesk-test-data-")
    atexit.register(shutil.rmtree, _data, ignore_errors=True)
    os.environ["SUPPORTDESK_DATA_DIR"] = _data
# The agent's preferences (font, density, language …): never the user's own file.
os.environ.setdefault("SUPPORTDESK_PREFERENCES",
                      os.path.join(os.environ["SUPPORTDESK_DATA_DIR"], "preferences.json"))
