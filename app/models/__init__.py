"""peewee models, one module per feature. Import the feature module you need (app.models.roster …)."""
from .base import BaseModel, TrashableModel, now

__all__ = ["BaseModel", "TrashableModel", "now"]
