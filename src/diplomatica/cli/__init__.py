"""Diplomatica cli stage."""
