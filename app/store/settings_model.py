"""Settings kept in the database file itself, so they travel with the data."""
import peewee as pw

from app.store.base import BaseModel


class Setting(BaseModel):
    key = pw.CharField(unique=True)
    value = pw.TextField(default="")


MODELS = [Setting]
