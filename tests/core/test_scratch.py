"""Scratch copies of a child's documents stay in memory where the system allows it."""

import stat

from ehcp_appeal import scratch


def test_scratch_folders_are_private_memory_backed_and_removed() -> None:
    with scratch.private_folder("ehcp-test-") as folder:
        (folder / "report.docx").write_bytes(b"a child's report")
        mode = stat.S_IMODE(folder.stat().st_mode)
        if scratch.MEMORY_BACKED.is_dir():
            assert folder.parent == scratch.MEMORY_BACKED
    assert mode == 0o700
    assert not folder.exists()
