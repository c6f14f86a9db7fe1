class AppError(Exception):
    """Base error."""
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"bad config key: {key!r}")
        self.key = key
def load(cfg):
    if "port" not in cfg:
        raise ConfigError("port")
    return cfg["port"]
try:
    load({})
except AppError as e:
    print("handled:", e, e.key, AppError.__doc__)
print(load({"port": 80}))
load({"host": "x"})
