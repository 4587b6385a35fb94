"""PySide6 interface. Imports services and domain, never the store."""
