"""Outbox replay and the honest connection state (DESIGN.md §3 "Offline and sync")."""
