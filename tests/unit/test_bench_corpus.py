"""The benchmark corpus says what it is made of."""

from __future__ import annotations

from pathlib import Path

from streams.bench import corpus


def test_the_corpus_says_whether_it_found_the_labeled_set(tmp_path: Path) -> None:
    dev_set = tmp_path / "dev.jsonl"
    dev_set.write_text('{"id": "x", "text": " date 2024-01-01 A strike on Kyiv killed two."}\n')
    found = corpus.describe(dev_set)
    assert found == {"corpus_base_texts": 2, "corpus_dev_set": str(dev_set)}
    # without the labeled set: the seed alone, said so
    missing = corpus.describe(tmp_path / "absent.jsonl")
    assert missing == {"corpus_base_texts": 1, "corpus_dev_set": None}
    texts = {value for _, value in corpus.build(3, dev_set=tmp_path / "absent.jsonl")}
    assert all(b"Kharkiv" in value for value in texts)  # every copy is the seed
