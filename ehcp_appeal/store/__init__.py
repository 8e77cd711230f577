"""The managed store of original documents."""
