"""The desk server: the services behind an HTTP API (FastAPI, uvicorn); see app.server.app and .cli."""
