"""Tests of the diplomatica_entities component and the gazetteer."""
