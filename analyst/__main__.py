from analyst.cli import app

app(prog_name="analyst")
