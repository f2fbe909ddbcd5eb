"""The kinds of write the agent can make: one specification each (`kinds`), the builders the
dialogs call (`build`), and the one path to the backend (`send`). Qt-free."""

from .kinds import SPECS, Editing, Home, Kind, Operation, Spec, spec

__all__ = ["SPECS", "Editing", "Home", "Kind", "Operation", "Spec", "spec"]
