"""Validate real messages against the JSON Schemas in schemas/."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from tests.conftest import REPO


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate(name: str, message: Any) -> None:
    errors = sorted(validator(name).iter_errors(message), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors)
