"""Tandem: an AI companion that works alongside mental-health professionals."""

__version__ = "0.1.0"
