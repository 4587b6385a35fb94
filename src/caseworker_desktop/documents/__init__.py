"""PDF documents rendered with reportlab from data the services hand over."""
