; Pisac Desktop's setup: NSIS 3, Modern UI 2, Spanish, 64-bit. Built by installer/build.ps1
; (Windows) and installer/check (Linux: over the real Windows bundle, then installed under wine);
; by hand:
;
;   makensis /INPUTCHARSET UTF8 /DVERSION=0.1.0 /DBUNDLE_DIR=dist/PisacDesktop /DOUT_DIR=dist installer/pisac_desktop.nsi
;
; VERSION     the program's version (pyproject.toml), required
; BUNDLE_DIR  the one-folder bundle from PyInstaller (installer/pisac_desktop.spec), required
; OUT_DIR     where PisacDesktop-Setup-<VERSION>.exe goes (default: this folder)
; COMPRESSOR  optional; default solid LZMA ("none": no compression, for tests)
; makensis works from this folder: relative BUNDLE_DIR and OUT_DIR are relative to installer/.
; Compile-time paths use "/", which makensis accepts on Windows and on Linux.
;
; The data (each user's AppData\Local\MunicipalidadPisac\PisacDesktop) is never inside the
; install folder: install and upgrade never touch it, and the uninstaller asks before deleting it
; (by default, and always when silent, it is kept).

Unicode true
Target amd64-unicode
ManifestDPIAware true

!ifndef VERSION
  !error "Falta /DVERSION=<versión> (la de pyproject.toml)"
!endif
!ifndef BUNDLE_DIR
  !error "Falta /DBUNDLE_DIR=<carpeta de PyInstaller>"
!endif
!ifndef OUT_DIR
  !define OUT_DIR "."
!endif

; Four numbers for the setup's own version resource: 1.2.3 -> 1.2.3.0
!searchparse /noerrors "${VERSION}.0.0.0" "" V1 "." V2 "." V3 "."
!ifndef V1 | V2 | V3
  !error "VERSION debe empezar con tres números separados por puntos (p. ej. 1.2.3): ${VERSION}"
!endif

!define APP_NAME "Pisac Desktop"
!define SHORTCUT_NAME "Gestión Municipal Pisac"
!define PUBLISHER "Municipalidad Distrital de Pisac"
!define APP_EXE "pisac-desktop.exe"
!define CLI_EXE "pisac-desktop-cli.exe"
!define UNINSTALLER "desinstalar.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PisacDesktop"
; appdirs.user_data_dir("PisacDesktop", "MunicipalidadPisac") on Windows.
!define DATA_SUBDIR "MunicipalidadPisac\PisacDesktop"
!define ICON "../resources/icons/pisac-desktop.ico"

Name "${APP_NAME}"
Caption "Instalación de ${APP_NAME} ${VERSION}"
UninstallCaption "Desinstalación de ${APP_NAME}"
OutFile "${OUT_DIR}/PisacDesktop-Setup-${VERSION}.exe"
BrandingText "${PUBLISHER}"
RequestExecutionLevel admin
!ifdef COMPRESSOR  ; installer/check builds its throw-away "previous version" uncompressed
  !if "${COMPRESSOR}" == "none"
    SetCompress off
  !else
    SetCompressor /SOLID ${COMPRESSOR}
  !endif
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
; No InstallDir: .onInit fills $INSTDIR unless /D= gave one (see there).

VIProductVersion "${V1}.${V2}.${V3}.0"
VIFileVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Instalador de ${APP_NAME} (${SHORTCUT_NAME})"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

; ---------------------------------------------------------------- pages
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Instalación de ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Este asistente instala ${APP_NAME} (${SHORTCUT_NAME}), el sistema de la Gerencia Municipal y la Secretaría General de la ${PUBLISHER}.$\r$\n$\r$\nSi ya hay una versión instalada, se actualiza en su lugar. Los datos (base de datos, copias de seguridad y documentos) no se tocan.$\r$\n$\r$\nPulse Siguiente para continuar."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "licencia.txt"
!insertmacro MUI_PAGE_DIRECTORY
; Hidden for now (issue 13 allows it): the page asking, in Spanish, whether this PC works alone
; (local database, the default) or connects to the office server (host, port, database name,
; user; the connection tested before finishing). It is wired to the multi-workstation
; (PostgreSQL) work when that lands; until then every PC works alone and nothing is asked.
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Iniciar ahora"
!define MUI_FINISHPAGE_RUN_FUNCTION StartApp
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Spanish"

; ---------------------------------------------------------------- closing a running copy
; The process list comes from the Toolhelp API (System plugin, part of NSIS; no output of a
; localized tool to parse). Without /F, taskkill asks the window to close, so the app closes as if
; the user did (and makes its closing backup); /F only if it is still running after 15 s.
!macro DEFINE_CLOSE_APP PREFIX
Function ${PREFIX}IsRunning  ; -> $R0: "1" while pisac-desktop.exe or pisac-desktop-cli.exe runs
  StrCpy $R0 "0"
  System::Call 'kernel32::CreateToolhelp32Snapshot(i 2, i 0) p .R5'  ; TH32CS_SNAPPROCESS
  ${If} $R5 P= -1
    Return
  ${EndIf}
  ; PROCESSENTRY32W on x64: 568 bytes, dwSize first, szExeFile (260 WCHAR) at offset 44.
  System::Alloc 568
  Pop $R6
  System::Call '*$R6(i 568)'
  IntPtrOp $R7 $R6 + 44
  System::Call 'kernel32::Process32FirstW(p R5, p R6) i .R8'
  ${DoWhile} $R8 <> 0
    System::Call '*$R7(&w260 .R9)'
    ${If} $R9 == "${APP_EXE}"
    ${OrIf} $R9 == "${CLI_EXE}"
      StrCpy $R0 "1"
      ${Break}
    ${EndIf}
    System::Call 'kernel32::Process32NextW(p R5, p R6) i .R8'
  ${Loop}
  System::Free $R6
  System::Call 'kernel32::CloseHandle(p R5)'
FunctionEnd

Function ${PREFIX}CloseApp
  Call ${PREFIX}IsRunning
  ${If} $R0 != "1"
    Return
  ${EndIf}
  MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "${APP_NAME} está abierto en esta computadora y hay que cerrarlo para continuar.$\r$\n$\r$\nSi puede, ciérrelo usted mismo ahora (así termina lo que está haciendo) y luego pulse Aceptar; si sigue abierto, Aceptar lo cierra. Lo ya guardado no se pierde.$\r$\n$\r$\nCancelar detiene sin cambiar nada." /SD IDOK IDOK close
  Abort
close:
  Call ${PREFIX}IsRunning
  ${If} $R0 != "1"
    Return
  ${EndIf}
  DetailPrint "Cerrando ${APP_NAME}..."
  nsExec::Exec '"$SYSDIR\taskkill.exe" /IM ${APP_EXE} /IM ${CLI_EXE}'
  Pop $R1
  StrCpy $R4 0
  ${Do}
    Sleep 1000
    IntOp $R4 $R4 + 1
    Call ${PREFIX}IsRunning
    ${If} $R0 != "1"
    ${OrIf} $R4 >= 15
      ${ExitDo}
    ${EndIf}
  ${Loop}
  ${If} $R0 == "1"
    nsExec::Exec '"$SYSDIR\taskkill.exe" /F /IM ${APP_EXE} /IM ${CLI_EXE}'
    Pop $R1
    Sleep 2000
    Call ${PREFIX}IsRunning
  ${EndIf}
  ${If} $R0 == "1"
    MessageBox MB_OK|MB_ICONSTOP "No se pudo cerrar ${APP_NAME}. Ciérrelo (o reinicie la computadora) y vuelva a intentarlo." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro DEFINE_CLOSE_APP ""
!insertmacro DEFINE_CLOSE_APP "un."

; ---------------------------------------------------------------- install
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} necesita Windows de 64 bits." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_OK|MB_ICONSTOP "Para instalar ${APP_NAME} se necesita una cuenta de administrador." /SD IDOK
    SetErrorLevel 740  ; ERROR_ELEVATION_REQUIRED
    Quit
  ${EndIf}
  ; /D= wins; otherwise the folder of the installed version (upgrade in place), else Program Files.
  ${If} $INSTDIR == ""
    ReadRegStr $INSTDIR HKLM "${UNINST_KEY}" "InstallLocation"
  ${EndIf}
  ${If} $INSTDIR == ""
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME}"
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecApp
  SectionIn RO
  Call CloseApp
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's program files go first, so nothing stale remains.
  ; Only what this setup puts there is removed (never the whole folder, never any data).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\pisac-desktop*"
  File /r "${BUNDLE_DIR}/*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Shortcuts for every user: Start menu and desktop.
  CreateShortcut "$SMPROGRAMS\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "${APP_NAME}: Gerencia Municipal y Secretaría General"
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "${APP_NAME}: Gerencia Municipal y Secretaría General"

  ; "Aplicaciones instaladas" (Programas y características).
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME} (${SHORTCUT_NAME})"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Function StartApp
  ; Through the shell, so the app runs as the signed-in user (not elevated) and uses their data.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

; ---------------------------------------------------------------- uninstall
Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  Call un.CloseApp

  Delete "$SMPROGRAMS\${SHORTCUT_NAME}.lnk"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\pisac-desktop*"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; only if empty: whatever else someone put there stays
  DeleteRegKey HKLM "${UNINST_KEY}"

  ; The data of the user running the uninstaller: kept unless they say otherwise, twice.
  SetShellVarContext current
  ${If} ${FileExists} "$LOCALAPPDATA\${DATA_SUBDIR}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON1 "¿Conservar los datos de ${APP_NAME}?$\r$\n$\r$\n$LOCALAPPDATA\${DATA_SUBDIR}$\r$\n$\r$\nAhí están la base de datos, las copias de seguridad y los documentos PDF. Pulse Sí para conservarlos (recomendado: al reinstalar, el programa los vuelve a usar)." /SD IDYES IDYES keep
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Se borrarán para siempre la base de datos, las copias de seguridad y los documentos de$\r$\n$LOCALAPPDATA\${DATA_SUBDIR}$\r$\n$\r$\n¿Borrarlos?" /SD IDNO IDNO keep
    RMDir /r "$LOCALAPPDATA\${DATA_SUBDIR}"
    RMDir "$LOCALAPPDATA\MunicipalidadPisac"
    DetailPrint "Datos borrados."
    Goto done
  keep:
    DetailPrint "Datos conservados en $LOCALAPPDATA\${DATA_SUBDIR}"
  done:
  ${EndIf}
  SetShellVarContext all
SectionEnd
