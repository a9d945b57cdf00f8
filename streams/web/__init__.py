"""HTTP API and operator dashboard served by each worker."""
