"""Root test configuration: headless Qt, and no real keyring ever touched by a test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
