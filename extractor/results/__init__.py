"""Who beat whom: masked sentences, result frames and clauses, results told across sentences, head-to-heads."""
