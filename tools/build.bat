@echo off
rem Builds dist\jiaozheng\ on a Windows PC: jiaozheng.exe (the window) and jiaozheng-console.exe.
rem Needs Python 3.12 or newer (64-bit; PySide6 6.12 mishandles None on 3.11) from python.org, installed with the "py" launcher. Run it from any folder.
rem Messages are in English because cmd.exe may not show UTF-8 Chinese correctly.
setlocal
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe (
  echo Creating the virtual environment .venv ...
  py -3.12 -m venv .venv || goto :error
)
echo Installing the packages from requirements-dev.txt ...
.venv\Scripts\python -m pip install --disable-pip-version-check -q -r requirements-dev.txt || goto :error
echo Building with PyInstaller ...
.venv\Scripts\python -m PyInstaller --noconfirm --clean --log-level WARN build.spec || goto :error
echo Checking the built program ...
.venv\Scripts\python tools\smoke_bundle.py dist\jiaozheng || goto :error
echo.
echo Done: dist\jiaozheng\ holds the program. Copy that whole folder to the office PC.
exit /b 0
:error
echo.
echo The build FAILED; see the messages above.
exit /b 1
