"""Reply generation backends: the offline engine (default) and any OpenAI-compatible chat model.

A generative model never talks to a client directly. ``guarded.py`` wraps every call: the safety
screen decides first whether the model may be called at all, every generated word passes the output
guard before it is shown, and any fault falls back to the offline engine's reply.
"""
