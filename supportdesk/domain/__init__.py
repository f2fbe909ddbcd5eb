"""Domain rules shared by the client and the reference server (no Qt, no HTTP)."""
