"""Risk detection, crisis responses, output guard, risk events and alerts."""
