<#
.SYNOPSIS
  Exercises a built setup on real Windows (the Windows workflow runs it after build.ps1).

.DESCRIPTION
  Silent install into a folder of its own (/S /D=), then: files, shortcuts and the uninstall entry
  are checked; the installed pisac-desktop-cli.exe runs its self-test and a first start up to the
  idle main window (timed, offscreen); a data folder in the user's AppData survives a silent
  reinstall over the installed version and a silent uninstall. Run as administrator.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\test-install.ps1 -Setup installer\dist\PisacDesktop-Setup-0.1.0.exe
#>
param(
    [Parameter(Mandatory)][string]$Setup,
    [string]$InstallDir = (Join-Path $env:ProgramFiles 'Pisac Desktop Prueba')
)

$ErrorActionPreference = 'Stop'

$Shortcut = 'Gestión Municipal Pisac'
$UninstallKey = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Uninstall\PisacDesktop'
$DataDir = Join-Path $env:LOCALAPPDATA 'MunicipalidadPisac\PisacDesktop'
$Setup = (Resolve-Path $Setup).Path
$Version = [regex]::Match((Split-Path -Leaf $Setup), 'PisacDesktop-Setup-(.+)\.exe$').Groups[1].Value
$Failures = New-Object System.Collections.Generic.List[string]

function Check([bool]$Condition, [string]$Text) {
    if ($Condition) { Write-Host "[ OK ] $Text" } else { Write-Host "[FALLA] $Text"; $Failures.Add($Text) }
}

function Get-TreeHash([string]$Path) {
    $lines = Get-ChildItem -LiteralPath $Path -Recurse -File | Sort-Object FullName | ForEach-Object {
        $_.FullName.Substring($Path.Length) + ' ' + (Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256).Hash
    }
    return ($lines -join "`n")
}

function Install-Silently {
    # NSIS wants /D= last and unquoted, even with spaces: one argument string, passed as it is.
    $process = Start-Process -FilePath $Setup -ArgumentList "/S /D=$InstallDir" -Wait -PassThru
    return $process.ExitCode
}

function Test-Installed([string]$Label) {
    $app = Join-Path $InstallDir 'pisac-desktop.exe'
    Check (Test-Path $app) "${Label}: $app"
    Check (Test-Path (Join-Path $InstallDir 'pisac-desktop-cli.exe')) "${Label}: pisac-desktop-cli.exe"
    Check (Test-Path (Join-Path $InstallDir 'desinstalar.exe')) "${Label}: desinstalar.exe"
    $shell = New-Object -ComObject WScript.Shell
    foreach ($folder in @([Environment]::GetFolderPath('CommonPrograms'), [Environment]::GetFolderPath('CommonDesktopDirectory'))) {
        $lnk = Join-Path $folder "$Shortcut.lnk"
        $ok = (Test-Path -LiteralPath $lnk) -and ($shell.CreateShortcut($lnk).TargetPath -eq $app)
        Check $ok "${Label}: acceso directo $lnk -> $app"
    }
    $entry = Get-ItemProperty -Path $UninstallKey -ErrorAction SilentlyContinue
    Check ($null -ne $entry) "${Label}: entrada $UninstallKey (vista de 64 bits)"
    if ($entry) {
        Check ($entry.DisplayVersion -eq $Version) "${Label}: DisplayVersion $($entry.DisplayVersion)"
        Check ($entry.Publisher -eq 'Municipalidad Distrital de Pisac') "${Label}: Publisher $($entry.Publisher)"
        Check ($entry.DisplayName -like 'Pisac Desktop*') "${Label}: DisplayName $($entry.DisplayName)"
        Check ($entry.DisplayIcon -eq "$app,0") "${Label}: DisplayIcon $($entry.DisplayIcon)"
        Check ($entry.EstimatedSize -gt 10000) "${Label}: EstimatedSize $($entry.EstimatedSize) KB"
        Check ($entry.UninstallString -eq "`"$InstallDir\desinstalar.exe`"") "${Label}: UninstallString $($entry.UninstallString)"
    }
}

# Fresh install
Check ((Install-Silently) -eq 0) "instalación silenciosa: $Setup /S /D=$InstallDir"
Test-Installed 'instalación'

# The installed program: self-test, then a first start on demo data up to the idle main window.
$cli = Join-Path $InstallDir 'pisac-desktop-cli.exe'
$work = Join-Path ([System.IO.Path]::GetTempPath()) ('pisac-prueba-' + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null
& $cli --self-test
Check ($LASTEXITCODE -eq 0) 'autodiagnóstico del programa instalado (pisac-desktop-cli.exe --self-test)'
$demo = Join-Path $work 'demo'
& $cli --data-dir $demo demo
Check ($LASTEXITCODE -eq 0) 'datos de demostración creados por el programa instalado'
$env:QT_QPA_PLATFORM = 'offscreen'
$env:PISAC_EXIT_WHEN_IDLE = '1'
$env:PISAC_BENCH_SIGN_IN = 'soporte:pisac2026'
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$startOutput = & $cli --data-dir $demo
$startCode = $LASTEXITCODE
$watch.Stop()
Remove-Item Env:QT_QPA_PLATFORM, Env:PISAC_EXIT_WHEN_IDLE, Env:PISAC_BENCH_SIGN_IN
Check (($startCode -eq 0) -and ("$startOutput" -match 'IDLE elapsed=')) ("primer arranque hasta la ventana principal: {0:N1} s (meta: 3 s en una PC común)" -f $watch.Elapsed.TotalSeconds)

# The user's data: a copy of the demo folder where appdirs puts it.
New-Item -ItemType Directory -Force -Path (Split-Path -Parent $DataDir) | Out-Null
if (Test-Path $DataDir) { throw "La carpeta de datos $DataDir ya existe: use una PC o cuenta de prueba" }
Copy-Item -Recurse -LiteralPath $demo -Destination $DataDir
$before = Get-TreeHash $DataDir

# Reinstall over the installed version (upgrade in place) keeps the data.
Check ((Install-Silently) -eq 0) 'reinstalación silenciosa sobre la versión instalada'
Test-Installed 'reinstalación'
Check ((Get-TreeHash $DataDir) -eq $before) "reinstalación: datos intactos en $DataDir"

# Silent uninstall: the uninstaller copies itself to %TEMP% and returns; wait for the folder to go.
$process = Start-Process -FilePath (Join-Path $InstallDir 'desinstalar.exe') -ArgumentList '/S' -Wait -PassThru
Check ($process.ExitCode -eq 0) 'desinstalación silenciosa (desinstalar.exe /S)'
for ($i = 0; ($i -lt 60) -and (Test-Path $InstallDir); $i++) { Start-Sleep -Seconds 1 }
Check (-not (Test-Path $InstallDir)) "desinstalación: $InstallDir eliminada"
Check (-not (Test-Path $UninstallKey)) 'desinstalación: entrada de desinstalación eliminada'
Check (-not (Test-Path -LiteralPath (Join-Path ([Environment]::GetFolderPath('CommonDesktopDirectory')) "$Shortcut.lnk"))) 'desinstalación: acceso directo del escritorio eliminado'
Check ((Get-TreeHash $DataDir) -eq $before) "desinstalación: la carpeta de datos sobrevive intacta ($DataDir)"

Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
if ($Failures.Count -gt 0) {
    Write-Host "$($Failures.Count) comprobación(es) fallaron:"
    $Failures | ForEach-Object { Write-Host "  - $_" }
    exit 1
}
Write-Host 'Instalación, reinstalación y desinstalación en orden.'
