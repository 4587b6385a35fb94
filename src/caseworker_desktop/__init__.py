"""Caseworker Desktop: offline case management for preventive housing support."""

__version__ = "0.1.0"
