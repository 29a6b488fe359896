; Inno Setup script for the Windows installer. A RECIPE NOT YET RUN: nothing here has been
; built or tried on Windows. Build the folder first on Windows
; (pyinstaller packaging\pyinstaller\spasm-desktop.spec, giving build\bundle\dist\spasm-desktop),
; then: iscc packaging\windows\spasm-desktop.iss  ->  build\windows\SpasmDesktopSetup-0.1.0.exe
; Sign the installer and spasm-desktop.exe with a code-signing certificate (signtool), or
; SmartScreen warns everyone who downloads it.

#define AppVersion "0.1.0"

[Setup]
AppId={{4E0C7C55-3A55-4C36-9D55-5E9C1B2D7A11}
AppName=Spasm Desktop
AppVersion={#AppVersion}
AppPublisher=Spasm Desktop contributors
DefaultDirName={autopf}\Spasm Desktop
DefaultGroupName=Spasm Desktop
DisableProgramGroupPage=yes
; Per-user install by default (no administrator password); the person may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\windows
OutputBaseFilename=SpasmDesktopSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\spasm-desktop.exe
SetupIconFile=..\icons\spasm-desktop.ico

ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
; Unticked by default: the app's welcome window asks too, and Settings can change it later.
Name: "startatlogin"; Description: "Start Spasm Desktop when I log in"; Flags: unchecked

[Files]
Source: "..\..\build\bundle\dist\spasm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Spasm Desktop"; Filename: "{app}\spasm-desktop.exe"
Name: "{group}\Uninstall Spasm Desktop"; Filename: "{uninstallexe}"

[Registry]
; The same value the app's own "Start at login" writes (platform/autostart.py: SpasmDesktop
; under HKCU\...\Run), so the setting in the app shows it and can turn it off.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "SpasmDesktop"; ValueData: """{app}\spasm-desktop.exe"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\spasm-desktop.exe"; Description: "Start Spasm Desktop now"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program folder and the start-at-login value only: the records and
; settings in %LOCALAPPDATA%\spasm-desktop stay.
