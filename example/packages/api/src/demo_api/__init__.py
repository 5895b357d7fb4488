"""demo-api: part of the uv-workspace-sync example workspace."""
