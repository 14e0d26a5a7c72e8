"""Diplomatica query stage."""
