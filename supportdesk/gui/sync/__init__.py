"""Offline work: the outbox sender, the offline cache and the connection banner."""
