"""Qt widgets. Calls app/ only; never writes SQL."""
