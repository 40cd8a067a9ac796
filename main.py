"""教育整顿工作台 — entry point. No subcommand: the window. A subcommand: headless work (see --help)."""
import sys


def split_db_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """Return (the --db value, the other arguments)."""
    db, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db" and i + 1 < len(argv):
            db, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return db, rest


def main() -> int:
    argv = sys.argv[1:]
    db, rest = split_db_option(argv)
    if not rest:
        from ui.shell.application import run_gui

        return run_gui(db)
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
