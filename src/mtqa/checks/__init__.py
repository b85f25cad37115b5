"""Artefact checks: one module per family, listed explicitly in :mod:`mtqa.checks.registry`."""
