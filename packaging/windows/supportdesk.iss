; Inno Setup 6 script of SupportDesk's Windows installer.
;
; Build it on Windows (PowerShell, in the checkout, Python 3.11 x64 and Inno Setup 6 installed):
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[server,build]"
;   .venv\Scripts\python build_installer.py freeze      # build\dist\supportdesk\supportdesk.exe
;   .venv\Scripts\python build_installer.py smoke       # the frozen app's --self-test, offscreen
;   .venv\Scripts\python build_installer.py package     # runs ISCC with the defines below
;
; or by hand:  ISCC /DAppVersion=0.1.0 /DSourceDir=build\dist\supportdesk
;                   /DIconFile=build\supportdesk.ico /DConfigExample=build\config.toml.example
;                   /Obuild\packages packaging\windows\supportdesk.iss
; (build_installer.py package writes the icon and the example; by hand, run it once first.)
; Result: build\packages\supportdesk-<version>-setup.exe.
;
; Roll-out (IT): the installer is per machine, silent with
;   supportdesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; It installs into %ProgramFiles%\SupportDesk, adds a Start-menu entry, and makes the managed
; configuration folder %ProgramData%\SupportDesk (config.toml there is IT's; see
; config.toml.example). An update is the newer installer run the same way; uninstalling keeps
; %ProgramData%\SupportDesk\config.toml. Check a workstation after installing:
;   "%ProgramFiles%\SupportDesk\supportdesk-console.exe" --self-test     (exit code 0: it works)
;   "%ProgramFiles%\SupportDesk\supportdesk-console.exe" --check-config  (as the agent's user)
; supportdesk-console.exe is the same program with a console (supportdesk.exe, the one the
; Start menu opens, has none). From a script, the windowed one can also write its verdict:
;   set SUPPORTDESK_SELFTEST_REPORT=%TEMP%\supportdesk-selftest.txt
;   start /wait "" "%ProgramFiles%\SupportDesk\supportdesk.exe" --self-test

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\supportdesk"
#endif
#ifndef ConfigExample
  #define ConfigExample "..\..\build\config.toml.example"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\supportdesk.ico"
#endif

[Setup]
; The AppId identifies the product for updates and uninstalling: never change it.
AppId={{6C1E5E0A-2F4B-4C59-9D8A-5A1D3F7B9E21}
AppName=SupportDesk
AppVersion={#AppVersion}
AppPublisher=SupportDesk
DefaultDirName={autopf}\SupportDesk
DefaultGroupName=SupportDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=supportdesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\supportdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Dirs]
; The managed configuration's folder (supportdesk.config.site_config_file on Windows).
Name: "{commonappdata}\SupportDesk"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#ConfigExample}"; DestDir: "{commonappdata}\SupportDesk"; Flags: ignoreversion

[InstallDelete]
; An update replaces the whole program folder: nothing of an older version stays beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\SupportDesk"; Filename: "{app}\supportdesk.exe"
Name: "{group}\{cm:UninstallProgram,SupportDesk}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\supportdesk.exe"; Description: "{cm:LaunchProgram,SupportDesk}"; Flags: nowait postinstall skipifsilent
