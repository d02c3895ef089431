import ForebygCommandLine

ForebygCommandLine.main()
