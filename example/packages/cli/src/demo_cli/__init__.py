"""demo-cli: part of the uv-workspace-sync example workspace."""
