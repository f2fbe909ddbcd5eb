"""Root test configuration: headless Qt, and no real keyring ever touched by a test."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's data folder (local store, logs, demo database): never the user's own.
if "SUPPORTDESK_DATA_DIR" not in os.environ:
    _data = tempfile.mkdtemp(prefix="supportdesk-test-data-")
    atexit.register(shutil.rmtree, _data, ignore_errors=True)
    os.environ["SUPPORTDESK_DATA_DIR"] = _data
