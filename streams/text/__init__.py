"""The pure core: parsing, splitting, classifying, extracting and counting.

Nothing in this package imports Kafka or faust; the agents in ``streams.agents``
are thin wiring around these functions, and ``newswire eval`` / ``extract`` call
them directly.
"""
