import pytest


@pytest.fixture
def app_ready(demo_db):
    """The demo database, open, and the application set up as the program does."""
    from ui.shell.application import create_application

    create_application()
    return demo_db
