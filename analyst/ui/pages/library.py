from analyst.ui.library import page

page()
