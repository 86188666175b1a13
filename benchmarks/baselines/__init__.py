"""The smallest programs that do each measured job: what the app is compared with."""
