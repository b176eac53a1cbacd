"""The web app of ``pressespejl serve``: server-rendered pages (Jinja2) over the same
data functions as the JSON API, Danish labels, every asset in ``static/``."""
