"""Tamper-evident, append-only audit log of reads and changes of client data and security events."""
