from analyst.ui.graph import page

page()
