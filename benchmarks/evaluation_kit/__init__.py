"""Scaffolding shared by the evaluation case generators, so each one holds only its cases."""
