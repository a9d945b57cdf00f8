"""Number words and digits."""

from __future__ import annotations

import pytest

from streams.text.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("1,250", 1250),
        ("eleven", 11),
        ("forty-two", 42),
        ("ninety nine", 99),
        ("a dozen", 12),
        ("a hundred", 100),
        ("two hundred", 200),
        ("three thousand", 3000),
        ("a couple", 2),
        ("2.5 million", 2_500_000),
    ],
)
def test_definite_numbers(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "scores", "several", "many", "", "banana"])
def test_vague_or_not_a_number(text: str) -> None:
    assert parse_number(text) is None
