"""Reading a plan: the package guard (limits, before any parser), the cell reader, formulas, the loader that turns sheets into frames indexed by Excel row, and last year's plan."""
