"""Enrichment: what each paragraph is about — the States it names, its topics."""
