"""Diplomatica eval stage."""
