"""Diplomatica web stage."""
