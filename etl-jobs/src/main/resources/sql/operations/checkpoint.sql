-- Folds the write-ahead log into the warehouse file before it is copied for publication.
force checkpoint
