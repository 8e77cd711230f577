"""Preferences in the data folder: the import dialog's folder, and damaged files ignored."""

from pathlib import Path

from ehcp_appeal import settings


def test_import_folder_is_documents_then_the_last_folder_used(
    data_home: Path, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    assert settings.import_folder(documents) == documents
    letters = tmp_path / "letters"
    letters.mkdir()
    settings.put(settings.LAST_IMPORT_FOLDER, str(letters))
    assert settings.import_folder(documents) == letters
    letters.rmdir()  # a folder since removed is not offered
    assert settings.import_folder(documents) == documents


def test_a_damaged_settings_file_is_ignored(data_home: Path, tmp_path: Path) -> None:
    settings.settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings.settings_path().write_text("{not json", encoding="utf-8")
    assert settings.get(settings.LAST_IMPORT_FOLDER) == ""
    settings.put(settings.LAST_IMPORT_FOLDER, str(tmp_path))
    assert settings.get(settings.LAST_IMPORT_FOLDER) == str(tmp_path)
