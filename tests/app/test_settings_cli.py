"""`settings --show` / `settings --set 项=值`: the same validation as the dialog, Chinese errors, exit 2."""
from app import cli


def test_show_set_and_refuse(db, capsys):
    from app.store import campaign
    from app.workbench import close_database

    close_database()  # the command opens the file itself
    assert cli.main(["--db", str(db), "settings"]) == 0
    out = capsys.readouterr()
    assert "county\t县（市、区）名称：（未设置，文书中为“××县”）" in out.out and "尚未设置" in out.err
    assert cli.main(["--db", str(db), "settings", "--set", "county=松溪县", "--set", "study_start=2021年3月1日",
                     "--set", "code_prefix=SX", "--show"]) == 0
    out = capsys.readouterr().out
    assert "设置已保存" in out and "county\t县（市、区）名称：松溪县" in out
    assert "rectify_start\t查纠整改开始日期：2021-03-31" in out  # the usual 30 days
    assert cli.main(["--db", str(db), "settings", "--set", "summary_start=2021-03-10"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：总结提升开始日期：应晚于查纠整改开始日期（2021-03-31）")
    assert cli.main(["--db", str(db), "settings", "--set", "县名"]) == 2
    assert "应写成 项=值" in capsys.readouterr().err
    from app.workbench import open_database

    open_database(db)
    assert campaign.current().summary_start.isoformat() == "2021-06-14" and campaign.current().code_prefix == "SX"
