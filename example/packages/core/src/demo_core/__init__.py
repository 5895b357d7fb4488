"""demo-core: part of the uv-workspace-sync example workspace."""
