"""Baseline claims, change flags, pooled evidence, the digest and its delivery."""
