"""The link graph: who invests in, lends to, buys from, acquires or owns whom, with evidence, and the
money loops those links form."""
