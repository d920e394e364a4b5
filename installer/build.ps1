<#
.SYNOPSIS
  Builds the Windows installer: installer\dist\PisacDesktop-Setup-<version>.exe.

.DESCRIPTION
  From a checkout, on a 64-bit Windows PC with Python 3.11+ and NSIS 3:
    1. creates .venv the first time and installs the program and PyInstaller at the versions
       pinned in installer\requirements-windows.txt (the same ones installer/check builds with);
    2. with -Tests, runs the test suite first (offscreen);
    3. builds the one-folder bundle installer\dist\PisacDesktop with installer\pisac_desktop.spec
       and runs its self-test (pisac-desktop-cli.exe --self-test);
    4. compiles installer\pisac_desktop.nsi with makensis over that bundle;
    5. checks the budgets: bundle at most 110 MB, setup at most 40 MB.
  Any failure stops the build with a non-zero exit code.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Tests
#>
param(
    [switch]$Tests
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Installer = Join-Path $Root 'installer'
$Dist = Join-Path $Installer 'dist'
$Bundle = Join-Path $Dist 'PisacDesktop'
$BundleBudgetMB = 110
$SetupBudgetMB = 40

function Invoke-Native {
    # Runs a program and stops the build when it fails (native programs do not throw).
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$Arguments = @())
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($Arguments -join ' ')' terminó con código $LASTEXITCODE"
    }
}

function Find-Python {
    foreach ($candidate in @('python', 'py')) {
        if (Get-Command $candidate -ErrorAction SilentlyContinue) {
            & $candidate -c 'import sys; sys.exit(sys.version_info < (3, 11) or sys.maxsize < 2**32)'
            if ($LASTEXITCODE -eq 0) { return $candidate }
        }
    }
    throw 'Se necesita Python 3.11 o posterior, de 64 bits (python o py en el PATH).'
}

function Find-Makensis {
    $onPath = Get-Command makensis -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($base) {
            $candidate = Join-Path $base 'NSIS\makensis.exe'
            if (Test-Path $candidate) { return $candidate }
        }
    }
    throw 'No se encontró makensis. Instale NSIS 3 (por ejemplo: winget install NSIS.NSIS, o choco install nsis).'
}

function Get-FolderMB([string]$Path) {
    $bytes = (Get-ChildItem -LiteralPath $Path -Recurse -File | Measure-Object -Property Length -Sum).Sum
    return [math]::Round($bytes / 1e6, 1)
}

Push-Location $Root
try {
    # 1. Environment
    $VenvPython = Join-Path $Root '.venv\Scripts\python.exe'
    if (-not (Test-Path $VenvPython)) {
        $python = Find-Python
        Write-Host "Creando .venv con $python"
        Invoke-Native $python @('-m', 'venv', (Join-Path $Root '.venv'))
    }
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '--quiet', '--upgrade', 'pip')
    $target = if ($Tests) { '.[test]' } else { '.' }
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '--quiet', '-r', 'installer\requirements-windows.txt', '-e', $target)
    $Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
    if ($LASTEXITCODE -ne 0 -or -not $Version) { throw 'No se pudo leer la versión de pyproject.toml' }
    Write-Host "Pisac Desktop $Version"

    # 2. Tests
    if ($Tests) {
        $env:QT_QPA_PLATFORM = 'offscreen'
        try {
            Invoke-Native $VenvPython @('-m', 'pytest', '-q')
        } finally {
            Remove-Item Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
        }
    }

    # 3. Bundle and its self-test, in a throw-away data folder
    Invoke-Native $VenvPython @('-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN',
        '--distpath', $Dist, '--workpath', (Join-Path $Installer 'build'),
        (Join-Path $Installer 'pisac_desktop.spec'))
    foreach ($exe in @('pisac-desktop.exe', 'pisac-desktop-cli.exe')) {
        if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "Falta $exe en $Bundle" }
    }
    $selfTestData = Join-Path ([System.IO.Path]::GetTempPath()) ("pisac-build-" + [guid]::NewGuid())
    $env:PISAC_DATA_DIR = $selfTestData
    try {
        Invoke-Native (Join-Path $Bundle 'pisac-desktop-cli.exe') @('--self-test')
    } finally {
        Remove-Item Env:PISAC_DATA_DIR -ErrorAction SilentlyContinue
        Remove-Item -LiteralPath $selfTestData -Recurse -Force -ErrorAction SilentlyContinue
    }

    # 4. Setup
    $makensis = Find-Makensis
    $Setup = Join-Path $Dist "PisacDesktop-Setup-$Version.exe"
    if (Test-Path $Setup) { Remove-Item -LiteralPath $Setup -Force }
    Invoke-Native $makensis @('/V2', '/INPUTCHARSET', 'UTF8', "/DVERSION=$Version", "/DBUNDLE_DIR=$Bundle",
        "/DOUT_DIR=$Dist", (Join-Path $Installer 'pisac_desktop.nsi'))

    # 5. Budgets
    $bundleMB = Get-FolderMB $Bundle
    $setupMB = [math]::Round((Get-Item -LiteralPath $Setup).Length / 1e6, 1)
    Write-Host "Paquete: $bundleMB MB (límite $BundleBudgetMB MB); instalador: $setupMB MB (límite $SetupBudgetMB MB)"
    if ($bundleMB -gt $BundleBudgetMB) { throw "El paquete pesa $bundleMB MB: supera $BundleBudgetMB MB" }
    if ($setupMB -gt $SetupBudgetMB) { throw "El instalador pesa $setupMB MB: supera $SetupBudgetMB MB" }
    Write-Host "Listo: $Setup"
} finally {
    Pop-Location
}
