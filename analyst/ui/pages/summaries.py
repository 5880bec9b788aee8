from analyst.ui.summaries import page

page()
