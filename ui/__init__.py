"""The Qt window: widgets, item models and workers over the ehcp_appeal core."""
