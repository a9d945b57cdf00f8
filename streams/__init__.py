"""newswire: a streaming news-event processor."""

__version__ = "0.1.0"
