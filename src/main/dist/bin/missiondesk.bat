@echo off
rem MissionDesk launcher: no arguments opens the window, a subcommand runs the command line. Needs Java 25.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
rem Heap: see bin/missiondesk; MISSIONDESK_OPTS comes after, so a user's -Xmx wins.
"%JAVA%" -XX:+UseSerialGC -XX:CompileThresholdScaling=6 -Xms32m -XX:NewSize=24m -Xmx256m %MISSIONDESK_OPTS% --enable-native-access=ALL-UNNAMED,javafx.graphics ^
  --module-path "%APP_HOME%\lib\fx" --add-modules javafx.controls ^
  -cp "%APP_HOME%\lib\*" be.inasti.missiondesk.Launcher %*
exit /b %ERRORLEVEL%
