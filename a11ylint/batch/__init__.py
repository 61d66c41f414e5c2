"""Batches over crawled sites: inputs (folders, WARC files, sitemaps, URL lists, URLs), a parallel and
resumable runner, and per-site results."""
