"""Running a check: the check as a function, folder mode, the console summary, the command line and the web page."""
