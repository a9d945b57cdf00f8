"""The peer: the same trivial fan-out job written with Quix Streams.

Run as ``python -m streams.bench.quix_peer BOOTSTRAP IN_TOPIC OUT_TOPIC GROUP``
by ``newswire bench``: one output message per non-blank line of each
dispatch, the same job newswire's streaming layer does with
``NEWSWIRE_EXTRACTOR=trivial``.
"""

from __future__ import annotations

import sys
import tempfile
from typing import Any

TEXT_CHARS = 280


def main() -> None:
    from quixstreams import Application

    bootstrap, in_topic, out_topic, group = sys.argv[1:5]
    app = Application(
        broker_address=bootstrap,
        consumer_group=group,
        auto_offset_reset="earliest",
        auto_create_topics=False,
        use_changelog_topics=False,
        # Quix makes a state directory ("state" in the working directory) even
        # for a stateless job: the benchmark keeps it out of the checkout
        state_dir=tempfile.mkdtemp(prefix="newswire-bench-quix-"),
    )
    source = app.topic(in_topic, value_deserializer="bytes", key_deserializer="bytes")
    sink = app.topic(out_topic, value_serializer="json", key_serializer="bytes")

    def fan_out(value: bytes) -> list[dict[str, Any]]:
        lines = value.decode("utf-8", "replace").split("\n")
        return [
            {"line": i, "class": "unclassified", "text": line[:TEXT_CHARS]}
            for i, line in enumerate(lines)
            if line.strip()
        ]

    sdf = app.dataframe(source)
    sdf = sdf.apply(fan_out, expand=True)
    sdf.to_topic(sink)
    app.run()


if __name__ == "__main__":
    main()
