; Inno Setup script for EHCP Appeal on Windows. NOT BUILT HERE (no Windows machine): see
; packaging/README.md for the steps. Per-user install: no administrator rights needed.
; Uninstalling removes the program only; the family's data folder
; (%LOCALAPPDATA%\EHCP Appeal) stays unless the user ticks the box offered at uninstall.

#define AppName "EHCP Appeal"
#define AppVersion "0.1.0"
#define AppPublisher "EHCP Appeal"

[Setup]
AppId={{6E1F7C2A-4C7E-4C1B-9E39-3D2A7E0C51A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=ehcp-appeal-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ehcp-appeal.exe
SetupIconFile=ehcp-appeal.ico

[Files]
Source: "..\..\dist\EHCP Appeal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ehcp-appeal.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\ehcp-appeal.exe"; Description: "Open {#AppName} now"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\EHCP Appeal');
    if DirExists(DataDir) then
      if MsgBox('Also delete your cases and documents in ' + DataDir + '?' + #13#10 +
                'Choose No to keep them (recommended if you may reinstall).',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
