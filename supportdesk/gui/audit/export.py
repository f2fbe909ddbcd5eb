"""Writing the audit entries of a filter to a CSV file: every page, newest first, up to a
bound. Qt-free: it runs on a worker thread, never the GUI thread."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.audit import MAX_AUDIT_EXPORT_ROWS, MAX_AUDIT_PAGE, AuditFilter

if TYPE_CHECKING:
    from ...api.client import ApiClient

HEADER = ("id", "time_utc", "agent_username", "agent_name", "action", "member_number",
          "workstation", "request_id", "detail", "before", "after")
# A spreadsheet runs a cell that starts with one of these as a formula: what an agent typed
# (a reason, a note) must stay text.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Exported:
    rows: int
    capped: bool  # stopped at the bound with more entries left


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True,
                                                           ensure_ascii=False)
    return "'" + text if text.startswith(_FORMULA) else text


def export_audit(client: ApiClient, audit_filter: AuditFilter, path: Path,
                 max_rows: int = MAX_AUDIT_EXPORT_ROWS) -> Exported:
    """Write the filter's entries to `path` (UTF-8 with a BOM, for spreadsheets)."""
    rows, before = 0, None
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        while rows < max_rows:
            page = client.read_audit(audit_filter, before=before,
                                     limit=min(MAX_AUDIT_PAGE, max_rows - rows))
            for e in page.entries:
                writer.writerow([_cell(v) for v in (
                    str(e.id), e.at, e.agent_username, e.agent_name, e.action,
                    e.member_number, e.workstation, e.request_id, e.detail or {}, e.before,
                    e.after)])
            rows += len(page.entries)
            before = page.next_before
            if before is None:
                return Exported(rows, capped=False)
    return Exported(rows, capped=True)
