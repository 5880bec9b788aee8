from analyst.ui.ask import page

page()
