

def test_ledger_entries_are_slotted_and_share_their_kind_strings():
    """A member may have 10,000 entries on screen (bench/ gui_memory)."""
    from supportdesk.api.models import LedgerEntry

    def entry(kind: str) -> LedgerEntry:
        return LedgerEntry.from_json({"id": 1, "posted_at": "2026-01-01T00:00:00Z",
                                      "kind": kind, "miles": 5, "description": "x",
                                      "reference": None, "reverses_id": None})

    a, b = entry("".join(["acc", "rual"])), entry("".join(["accr", "ual"]))
    assert a.kind == b.kind == "accrual" and a.kind is b.kind
    assert not hasattr(a, "__dict__")
