"""Optional build step: ``NEWSWIRE_MYPYC=1`` compiles the pure core with mypyc.

Everything else about the package is in pyproject.toml. Without the variable
this file adds nothing and the package is plain Python (what development, the
tests and CI use). With it, the modules of ``streams/text`` are compiled to C
extensions by mypyc from the same type-annotated source; `make compile` builds
them in place and `newswire bench` reports which core it measured.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Extension, setup

# the package's __init__ stays Python: it checks that compiled modules are not stale
NOT_COMPILED = {"__init__.py", "bench.py"}


def compiled_core() -> list[Extension]:
    if os.environ.get("NEWSWIRE_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    here = Path(__file__).parent
    sources = sorted(
        str(p.relative_to(here))
        for p in (here / "streams" / "text").glob("*.py")
        if p.name not in NOT_COMPILED
    )
    # group_name puts the shared runtime library inside the package (streams/text),
    # where an editable install finds it, instead of beside setup.py
    return mypycify(
        ["--config-file", "pyproject.toml", *sources], opt_level="3", group_name="streams.text.core"
    )


setup(ext_modules=compiled_core())
