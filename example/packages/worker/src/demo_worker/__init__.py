"""demo-worker: part of the uv-workspace-sync example workspace."""
