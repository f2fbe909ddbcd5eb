"""The reference backend: FastAPI over SQLAlchemy (SQLite by default). Never imports the GUI."""
