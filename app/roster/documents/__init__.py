"""The roster's documents: the Excel workbook of the roster (or its empty form). They take the records they
write as arguments and never query; app.roster.outputs fetches them."""
