"""The HTTP client of the /api/v1 contract (requests), and the plain data it returns."""
