"""The mypyc-compiled core (`make compile`) gives exactly what the Python source gives.

mypyc compiles the same annotated modules, but it checks annotations at run
time and has its own semantics in corners (native classes, integer boxing), so
the build is checked here end to end: compile a copy of the package, run it in
a separate interpreter over every labeled dispatch plus hostile inputs, and
compare event for event with the Python source in this process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from streams import codec
from streams.bench.corpus import base_texts
from streams.text.dispatch import parse_dispatch
from streams.text.pipeline import extract_events

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
OWN = REPO / "tests" / "data" / "own.jsonl"

# run inside the compiled copy: one JSON line of events per input
EXTRACT = """
import json, sys
import streams.text as text
from streams.text.dispatch import parse_dispatch
from streams.text.pipeline import extract_events
import streams.text.pipeline as pipeline
assert pipeline.__file__.endswith(".so"), pipeline.__file__
print(json.dumps(text.compiled_modules()))
for line in sys.stdin:
    raw = json.loads(line).encode("utf-8", "surrogatepass")
    events = extract_events(parse_dispatch(raw, key=b"k", max_bytes=16 << 20))
    print(json.dumps([e.to_wire() for e in events], sort_keys=True))
"""


def _inputs() -> list[str]:
    texts = base_texts()
    texts += [codec.loads(line)["text"] for line in OWN.read_text().splitlines() if line.strip()]
    # hostile shapes: the compiled code checks types at run time, the source does not
    texts += [
        " date 2024-02-29 \u0000\u0007 control characters\nkilled\u200b 3\u00a0people",
        " date 2024-01-01 Headline only",
        " date 2023-12-31 Strike\n" + "x " * 5000 + "killed 4",
        " date 2024-03-01 ÉLAN in KYIV: ﬁve killed, İstanbul talks, ſunday\n“Quoted” — dash",
        " date 2024-03-01 99999999999999999999 people were killed and 1e9 hurt",
    ]
    return texts


def _python_source_output(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        events = extract_events(parse_dispatch(text.encode(), key=b"k", max_bytes=16 << 20))
        out.append(json.dumps([e.to_wire() for e in events], sort_keys=True))
    return out


def test_compiled_core_matches_the_python_source(tmp_path: Path) -> None:
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(REPO / name, tmp_path / name)
    shutil.copytree(
        REPO / "streams", tmp_path / "streams", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )
    env = dict(os.environ, NEWSWIRE_MYPYC="1")
    build = subprocess.run(
        [sys.executable, "setup.py", "--quiet", "build_ext", "--inplace"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]

    texts = _inputs()
    run = subprocess.run(
        [sys.executable, "-c", EXTRACT],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(tmp_path)),
        input="".join(json.dumps(t) + "\n" for t in texts),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.splitlines()
    compiled = json.loads(lines[0])
    assert {"pipeline", "split", "classify", "casualties", "places"} <= set(compiled)
    expected = _python_source_output(texts)
    assert len(lines) - 1 == len(expected)
    for text, got, want in zip(texts, lines[1:], expected, strict=True):
        assert got == want, text[:120]
