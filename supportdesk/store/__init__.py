"""The local store: an encrypted SQLite file with the offline cache and the outbox."""
