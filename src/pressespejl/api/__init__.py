"""The HTTP API of ``pressespejl serve`` (FastAPI): ``create_app`` and its options."""

from pressespejl.api.app import create_app
from pressespejl.api.options import ServeOptions

__all__ = ["ServeOptions", "create_app"]
