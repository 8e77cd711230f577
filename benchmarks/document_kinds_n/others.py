DOCUMENTS: list[dict] = []
