"""The benchmark corpus: many distinct dispatches made from the labeled set and the seed.

Each copy gets its own key and a shifted header date, so every dispatch is
distinct (its own id, its own incident ids) while staying seed-like in size
and shape (~1-4 KB, 8-13 lines).
"""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files
from pathlib import Path

from streams import codec

HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")
DEFAULT_DEV_SET = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev.jsonl"


def base_texts(dev_set: Path | None = None) -> list[str]:
    texts = [
        p.read_text() for p in sorted(Path(str(files("streams").joinpath("samples"))).glob("*.txt"))
    ]
    path = dev_set or DEFAULT_DEV_SET
    if path.is_file():
        for line in path.read_text().splitlines():
            if line.strip():
                texts.append(codec.loads(line)["text"])
    return texts


def describe(dev_set: Path | None = None) -> dict[str, object]:
    """What ``build`` cycles through: how many base texts, and whether the labeled set was
    found (without it the corpus is the seed alone, heavier per dispatch, so its figures do
    not compare with runs on the whole corpus)."""
    path = dev_set or DEFAULT_DEV_SET
    return {
        "corpus_base_texts": len(base_texts(dev_set)),
        "corpus_dev_set": str(path) if path.is_file() else None,
    }


def shifted(text: str, days: int) -> str:
    match = HEADER.match(text)
    if match is None:
        return text
    day = dt.date.fromisoformat(match.group(1)) + dt.timedelta(days=days)
    return f" date {day.isoformat()} " + text[match.end() :]


def build(
    count: int, prefix: str = "bench", dev_set: Path | None = None
) -> list[tuple[bytes, bytes]]:
    """``count`` (key, value) pairs, cycling through the base texts."""
    texts = base_texts(dev_set)
    out = []
    for i in range(count):
        text = shifted(texts[i % len(texts)], i // len(texts))
        out.append((f"{prefix}-{i}".encode(), text.encode()))
    return out
