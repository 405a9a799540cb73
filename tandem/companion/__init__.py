"""The companion: an offline, deterministic dialogue engine with authored content.

Import from the submodules (``tandem.companion.engine``, ``...limits``); this file stays light so
that importing the package never loads content or the embedder.
"""
