"""What the desktop process leaves out of memory, and that it loses nothing by it
(bench/gui_memory measures the figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WITHOUT_DETECTOR = """
import json, sys
import supportdesk.gui.app as app
before = "requests" in sys.modules  # main() must still find requests unimported
app.without_charset_detection()
import requests
import supportdesk.api.client
answer = requests.models.Response()
answer._content = '{"detail": "Müller – Łódź"}'.encode()
answer.headers["Content-Type"] = "application/problem+json"  # no charset declared
print(json.dumps({
    "requests_before_main": before,
    "detector": repr(sys.modules.get("charset_normalizer", "absent")),
    "text": answer.text, "json": answer.json(), "apparent": answer.apparent_encoding,
    "models": sorted(name for name in sys.modules if name.endswith("_models")),
}))
"""


def test_requests_runs_without_a_charset_detector_and_decodes_utf8():
    """The app keeps charset_normalizer (≈4 MB) out: requests then reads a body that declares
    no encoding as UTF-8, which JSON is. -W error: no warning about the missing detector."""
    done = subprocess.run([sys.executable, "-W", "error", "-c", WITHOUT_DETECTOR],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["requests_before_main"] is False
    assert seen["detector"] == "None"  # blocked, not merely not yet imported
    assert seen["text"] == '{"detail": "Müller – Łódź"}'
    assert seen["json"] == {"detail": "Müller – Łódź"}
    assert seen["apparent"] == "utf-8"
    # The award and queue answers' models load when such an answer is read, not with the client.
    assert not {"supportdesk.api.award_models", "supportdesk.api.queue_models"} \
        & set(seen["models"])
