"""botfarm: a platform for bot farms.

Services (each its own process): ingestion, cleaning, training, registry, inference.
Generated protobuf code lives in the git-ignored ``botfarm/<service>/v1`` folders
(``make protos``).
"""

__version__ = "0.1.0"
