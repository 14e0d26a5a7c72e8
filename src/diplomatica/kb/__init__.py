"""Diplomatica kb stage."""
