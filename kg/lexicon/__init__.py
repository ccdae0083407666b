"""Readers for the field's dictionaries (CAMEO verbs, Phoenix actors and agents), compiled once and cached."""
