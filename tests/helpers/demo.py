"""The seeded demo database the shared test server runs on (tests/conftest.py: seeded_db)."""

TEST_MEMBERS = 3000  # demo members 1 … TEST_MEMBERS exist; any number above is unknown
