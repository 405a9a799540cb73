"""Settings, database, errors, security primitives and field encryption shared by every domain."""
