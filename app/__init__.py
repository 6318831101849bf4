"""The registration desk: electronic registration of physicians (医师电子化注册)."""

__version__ = "0.1.0"
