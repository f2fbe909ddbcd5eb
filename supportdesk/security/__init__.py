"""Secrets and personal-data protection (no Qt)."""
