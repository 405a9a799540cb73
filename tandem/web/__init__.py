"""The FastAPI application: routers from every domain, middleware, error rendering."""
