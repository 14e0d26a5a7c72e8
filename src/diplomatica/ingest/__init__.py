"""Diplomatica ingest stage."""
