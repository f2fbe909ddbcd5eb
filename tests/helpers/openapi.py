"""The reference server's OpenAPI document, read as the contract tests read it."""

from __future__ import annotations

from typing import Any

import requests

from .http import API


def openapi_document(base_url: str) -> dict[str, Any]:
    answer = requests.get(f"{base_url}{API}/openapi.json", timeout=10)
    assert answer.status_code == 200
    return answer.json()


def resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with its `$ref`s followed into the document's components."""
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema
