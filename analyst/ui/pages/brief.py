from analyst.ui.brief import page

page()
