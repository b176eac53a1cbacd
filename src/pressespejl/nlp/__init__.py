"""The nlp stage: Article -> Analysis with spaCy's Danish language class and rules."""

from pressespejl.nlp.analyze import PIPELINE_VERSION, analyze, analyze_many, load_pipeline

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_many", "load_pipeline"]
