"""The pure core: parsing, splitting, classifying, extracting and counting.

Nothing in this package imports Kafka or faust; the agents in ``streams.agents``
are thin wiring around these functions, and ``newswire eval`` / ``extract`` call
them directly.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

_HERE = Path(__file__).parent


def _binaries() -> dict[str, Path]:
    """module name -> its C extension in this directory (longest suffix wins)."""
    suffixes = sorted(EXTENSION_SUFFIXES, key=len, reverse=True)
    found: dict[str, Path] = {}
    for path in _HERE.iterdir():
        suffix = next((s for s in suffixes if path.name.endswith(s)), None)
        if suffix is not None:
            found[path.name[: -len(suffix)]] = path
    return found


def compiled_modules() -> list[str]:
    """The modules of this package built as C extensions by ``make compile`` (mypyc)."""
    return sorted(name for name in _binaries() if not name.endswith("__mypyc"))


def _refuse_stale_binaries() -> None:
    # Python imports a module's extension before its .py: after an edit, a
    # compiled module left from an earlier `make compile` would silently run
    # the old code. Refuse to start instead.
    for name, binary in _binaries().items():
        source = _HERE / f"{name}.py"
        if source.exists() and source.stat().st_mtime > binary.stat().st_mtime:
            raise ImportError(
                f"{binary} is older than {source.name}: run `make compile` again, "
                "or `make clean-compiled` to run the Python source"
            )


_refuse_stale_binaries()
